/**
 * A reader woken by the activity bus: a wake runs `read`; wakes while it runs make it run once more
 * when it is done (never two at once, none lost). `read` answers true when there is more to read
 * at once (a full page). A failure goes to `fail`.
 */
export function coalescing(read: () => Promise<boolean>, fail: (error: unknown) => void): () => void {
  let running = false;
  let again = false;
  const run = async () => {
    running = true;
    try {
      do {
        again = false;
        if (await read()) again = true;
      } while (again);
    } catch (error) {
      fail(error);
    } finally {
      running = false;
    }
  };
  return () => {
    if (running) again = true;
    else void run();
  };
}
