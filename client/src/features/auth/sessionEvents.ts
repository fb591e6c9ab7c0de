/**
 * The server said the session is gone (expired, or signed out elsewhere): the Apollo link reports
 * it here, and the router-aware SessionWatcher sends the user to sign in and back.
 */
export type SessionLoss = 'SESSION_EXPIRED' | 'SIGNED_OUT';

type Listener = (loss: SessionLoss) => void;

const listeners = new Set<Listener>();

export const sessionEvents = {
  emit(loss: SessionLoss) {
    for (const listener of listeners) listener(loss);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
