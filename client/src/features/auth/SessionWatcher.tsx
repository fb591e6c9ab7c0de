import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { signInPath } from './paths';
import { sessionEvents } from './sessionEvents';
import { ViewerQuery } from './viewer';

/** When the server says the session is gone, go to sign in and come back here afterwards. */
export function SessionWatcher() {
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const here = location.pathname + location.search;
  useEffect(
    () =>
      sessionEvents.subscribe((loss) => {
        if (location.pathname === '/signin') return;
        navigate(signInPath(here, loss === 'SESSION_EXPIRED' ? 'expired' : 'required'));
        void client.refetchQueries({ include: [ViewerQuery] });
      }),
    [navigate, client, here, location.pathname],
  );
  return null;
}
