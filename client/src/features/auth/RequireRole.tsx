import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from '../../app/i18n';
import type { Role } from '../../gql/graphql';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Loading } from '../../ui/Loading';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { signInPath } from './paths';
import { sessionEvents } from './sessionEvents';
import { useViewer } from './viewer';

/** Routes for signed-in users of some roles: others are sent to sign in, or told they may not. */
export function RequireRole({ roles }: { roles: Role[] }) {
  const { viewer, loading, error } = useViewer();
  const location = useLocation();
  if (loading) return <Loading />;
  // No answer is not "signed out": say the server could not be reached, and try again.
  if (!viewer && error) return <ErrorPanel error={error} />;
  // Already on its way to sign in (SessionWatcher, saying why): while a lazy page still loads this
  // route may render once more, and a second move would replace the reason with "required".
  if (!viewer && window.location.pathname === '/signin') return <Loading />;
  if (!viewer) return <Navigate to={signInPath(location.pathname + location.search, sessionEvents.takeLastLoss() === 'SESSION_EXPIRED' ? 'expired' : 'required')} replace />;
  if (!roles.includes(viewer.role)) return <Forbidden />;
  return <Outlet />;
}

function Forbidden() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.forbiddenTitle'));
  return (
    <div className="error-panel" role="alert">
      <h1>{t('auth.forbiddenTitle')}</h1>
      <p>{t('auth.forbidden')}</p>
      <Link to="/">{t('common.backHome')}</Link>
    </div>
  );
}
