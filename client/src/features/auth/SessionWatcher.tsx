import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { ACCOUNT_PATH } from '../account/paths';
import { useLocation, useNavigate } from 'react-router';
import { signInPath } from './paths';
import { sessionEvents } from './sessionEvents';
import { useViewer, ViewerQuery } from './viewer';

/** When the server says the session is gone, go to sign in and come back here afterwards. */
export function SessionWatcher() {
  const navigate = useNavigate();
  const location = useLocation();
  const client = useApolloClient();
  const here = location.pathname + location.search;
  const { viewer } = useViewer();
  const mustChange = viewer?.mustChangePassword === true;
  // Until the initial password is changed the server serves nothing else: stay on the account page.
  useEffect(() => {
    if (mustChange && location.pathname !== ACCOUNT_PATH) navigate(ACCOUNT_PATH, { replace: true });
  }, [mustChange, location.pathname, navigate]);
  useEffect(
    () =>
      sessionEvents.subscribe((loss) => {
        // The browser's own location, not this render's: clearing the cache below makes the header's
        // signed-in queries fail once more, after the move to the sign-in page has begun.
        if (window.location.pathname === '/signin') return;
        navigate(signInPath(here, loss === 'SESSION_EXPIRED' ? 'expired' : 'required'));
        // What was read signed in (submitted figures, drafts, threads) must not stay on show to
        // whoever is at the browser now: public pages read again, as a signed-out visitor.
        void client.clearStore().then(() => client.refetchQueries({ include: [ViewerQuery] }));
      }),
    [navigate, client, here],
  );
  return null;
}
