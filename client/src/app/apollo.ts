import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { sessionEvents, type SessionLoss } from '../features/auth/sessionEvents';

export function createApolloClient(): ApolloClient {
  // Same origin: the HttpOnly session cookie rides along, and the JSON content type satisfies the
  // server's CSRF prevention.
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const sessionLoss = new ErrorLink(({ error }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const reason = error.errors.find((e) => e.extensions?.code === 'UNAUTHENTICATED')?.extensions?.reason;
    if (reason === 'SESSION_EXPIRED' || reason === 'SIGNED_OUT') sessionEvents.emit(reason as SessionLoss);
  });
  return new ApolloClient({
    link: ApolloLink.from([sessionLoss, http]),
    cache: new InMemoryCache(),
  });
}
