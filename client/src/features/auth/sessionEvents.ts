/**
 * The server said the session is gone (expired, or signed out elsewhere): the Apollo link reports
 * it here, and the router-aware SessionWatcher sends the user to sign in and back.
 */
export type SessionLoss = 'SESSION_EXPIRED' | 'SIGNED_OUT';

type Listener = (loss: SessionLoss) => void;

const listeners = new Set<Listener>();
let lastLoss: SessionLoss | null = null;

export const sessionEvents = {
  emit(loss: SessionLoss) {
    lastLoss = loss;
    for (const listener of listeners) listener(loss);
  },
  /**
   * The loss last reported, taken once: a guarded page that finds nobody signed in right after it
   * says why (expired) rather than the generic "sign in", whichever of the two redirects lands last.
   */
  takeLastLoss(): SessionLoss | null {
    const loss = lastLoss;
    lastLoss = null;
    return loss;
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
