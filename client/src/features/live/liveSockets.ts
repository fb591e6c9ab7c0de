import type { ApolloClient } from '@apollo/client';
import type { LiveSocketStatus } from './lazySocket';

// Apart from cycleFeed: createApolloClient registers the socket on the first page, while the
// feeds (and their subscription document) load only with the pages that follow a cycle.
const sockets = new WeakMap<ApolloClient, LiveSocketStatus>();

/** Called once by createApolloClient: the socket its subscription link uses. */
export function registerLiveSocket(client: ApolloClient, socket: LiveSocketStatus) {
  sockets.set(client, socket);
}

export function liveSocketOf(client: ApolloClient): LiveSocketStatus | undefined {
  return sockets.get(client);
}
