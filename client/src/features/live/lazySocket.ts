import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import type { LiveSocket, SocketState } from './socket';

/** What the live feeds read of the socket: where it stands, and when that changes. */
export type LiveSocketStatus = Pick<LiveSocket, 'state' | 'onState'>;

/**
 * The subscriptions' link and socket, loaded with the first subscription: graphql-ws stays out of
 * the first page's JavaScript (nobody signed out subscribes). Until then the socket is 'idle',
 * as a lazy graphql-ws socket with no subscription is.
 */
export function createLazyLiveSocket(): { status: LiveSocketStatus; link: ApolloLink } {
  const listeners = new Set<(state: SocketState) => void>();
  let socket: LiveSocket | undefined;
  let loading: Promise<ApolloLink> | undefined;
  const load = () =>
    (loading ??= Promise.all([import('./socket'), import('@apollo/client/link/subscriptions')]).then(([{ createLiveSocket }, { GraphQLWsLink }]) => {
      socket = createLiveSocket();
      socket.onState((state) => listeners.forEach((listener) => listener(state)));
      return new GraphQLWsLink(socket.client);
    }));
  const link = new ApolloLink(
    (operation, forward) =>
      new Observable((observer) => {
        let inner: { unsubscribe(): void } | undefined;
        let closed = false;
        load().then(
          (ws) => {
            if (!closed) inner = ws.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
  const status: LiveSocketStatus = {
    state: () => socket?.state() ?? 'idle',
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { status, link };
}
