import { ApolloClient, ApolloLink, CombinedGraphQLErrors, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { BaseHttpLink } from '@apollo/client/link/http';
import { OperationTypeNode } from 'graphql';
import { sessionEvents, type SessionLoss } from '../features/auth/sessionEvents';
import { registerLiveSocket } from '../features/live/liveSockets';
import { createLazyLiveSocket } from '../features/live/lazySocket';

export function createApolloClient(): ApolloClient {
  // Same origin: the HttpOnly session cookie rides along, and the JSON content type satisfies the
  // server's CSRF prevention. BaseHttpLink: HttpLink without the client-awareness link, whose
  // library name and version in every request nothing here reads.
  const http = new BaseHttpLink({ uri: '/graphql', credentials: 'same-origin' });
  // Subscriptions only: the server takes nothing else over the WebSocket (opened, and its code
  // loaded, by the first subscription).
  const live = createLazyLiveSocket();
  const transport = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, live.link, http);
  const sessionLoss = new ErrorLink(({ error }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const reason = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED')?.extensions?.reason;
    if (reason === 'SESSION_EXPIRED' || reason === 'SIGNED_OUT') sessionEvents.emit(reason as SessionLoss);
  });
  const client = new ApolloClient({
    link: ApolloLink.from([sessionLoss, transport]),
    cache: new InMemoryCache(),
  });
  registerLiveSocket(client, live.status);
  return client;
}
