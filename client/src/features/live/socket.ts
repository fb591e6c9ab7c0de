import { createClient, type Client } from 'graphql-ws';

/** `ended`: the server closed the socket because the session it was opened with ended (sign-out, expiry, disabling). */
export type SocketState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'ended';

/** The server's close code for a socket whose session ended: graphql-ws does not retry it. */
const SESSION_ENDED = 4401;

/** The subscriptions' WebSocket and where it stands, for the live feeds and their status line. */
export interface LiveSocket {
  client: Client;
  state(): SocketState;
  /** Called on every change of state; returns the unsubscribe. */
  onState(listener: (state: SocketState) => void): () => void;
}

// Longer than a server restart or a train tunnel, without hammering a server that is down.
const MAX_WAIT_MS = 5000;
const KEEP_ALIVE_MS = 15_000;
// A socket whose ping goes unanswered is dead even if the browser has not noticed (sleep, Wi-Fi change).
const PONG_TIMEOUT_MS = 5000;

/**
 * graphql-ws on this origin's /graphql: the upgrade request carries the session cookie, so the
 * server knows who subscribes. Lazy (opened by the first subscription) and retrying forever:
 * the feeds resubscribe from their last event once it is back.
 */
export function createLiveSocket(): LiveSocket {
  let state: SocketState = 'idle';
  const listeners = new Set<(state: SocketState) => void>();
  const set = (next: SocketState) => {
    if (next === state) return;
    state = next;
    for (const listener of listeners) listener(next);
  };
  let pongTimer: ReturnType<typeof setTimeout> | undefined;

  const client = createClient({
    url: socketUrl(),
    lazy: true,
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: waitBeforeRetry,
    on: {
      connecting: () => set(state === 'reconnecting' ? 'reconnecting' : 'connecting'),
      connected: () => set('connected'),
      closed: (event) => {
        clearTimeout(pongTimer);
        // Lazy: with no subscription left the socket closes normally (1000); anything else is a drop.
        const code = (event as { code?: number } | undefined)?.code;
        set(code === 1000 ? 'idle' : code === SESSION_ENDED ? 'ended' : 'reconnecting');
      },
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => client.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
    },
  });
  // The browser knows the network is gone before the socket does: drop it now, so that the
  // reconnection (and catch-up) starts as soon as the network is back.
  window.addEventListener('offline', () => {
    if (state === 'connected') client.terminate();
  });

  return {
    client,
    state: () => state,
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/** Exponential backoff with jitter, cut short when the browser comes back online. */
function waitBeforeRetry(retries: number): Promise<void> {
  const ms = Math.min(MAX_WAIT_MS, 300 * 2 ** retries) + Math.random() * 300;
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
  });
}
