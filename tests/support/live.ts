import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export const ACTIVITY = `subscription($cycleId: ID!, $after: String) { activity(cycleId: $cycleId, after: $after) { seq at action entityType entityId threadId actor } }`;

export type ActivityEvent = { seq: string; at: string; action: string; entityType: string; entityId: string; threadId: string | null; actor: string | null };

type Result = { data?: { activity: ActivityEvent }; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/** A graphql-ws client of the server at `baseUrl`, sending `cookie` on the upgrade as a browser would. */
export function liveClient(baseUrl: string, cookie: string | null): Client {
  const url = new URL('graphql', baseUrl);
  url.protocol = 'ws:';
  return createClient({
    url: url.toString(),
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, cookie ? { headers: { cookie } } : {});
      }
    },
    retryAttempts: 0,
  });
}

/** What one subscription received, and a way to wait for what it has not received yet. */
export function follow(client: Client, variables: { cycleId: string; after?: string }) {
  const results: Result[] = [];
  const waiters: (() => void)[] = [];
  let ended: unknown = undefined;
  const stop = client.subscribe<Result['data']>(
    { query: ACTIVITY, variables },
    {
      next: (r) => {
        results.push(r as Result);
        for (const w of waiters.splice(0)) w();
      },
      error: (e) => {
        ended = e;
        for (const w of waiters.splice(0)) w();
      },
      complete: () => {
        ended ??= 'complete';
        for (const w of waiters.splice(0)) w();
      },
    },
  );
  const events = () => results.flatMap((r) => (r.data ? [r.data.activity] : []));
  return {
    results,
    events,
    stop,
    get ended() {
      return ended;
    },
    /** Resolves once `predicate` holds for what has arrived; rejects after `ms`. */
    async until(predicate: () => boolean, ms = 5000): Promise<void> {
      const deadline = Date.now() + ms;
      while (!predicate()) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`not within ${ms} ms; received: ${JSON.stringify(results)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
  };
}
