import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { SessionWatcher } from '../features/auth/SessionWatcher';
import { signInPath } from '../features/auth/paths';
import { useViewer, type Viewer } from '../features/auth/viewer';
import { Loading } from '../ui/Loading';
import { useTranslation } from './i18n';
import { lazyPage } from './lazyPage';

const SignedInTools = lazyPage(() => import('./SignedInTools'), 'SignedInTools');

export function Layout() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'ja' : 'en';
  const { viewer, loading, error } = useViewer();
  const location = useLocation();
  const mainRef = useMainFocusOnNavigation(location.pathname);
  // The phone's header menu, closed again on every navigation.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <SessionWatcher />
      <header className="site-header">
        <div className="container header-row">
          <Link to="/" className="brand">
            {t('app.name')} <span className="brand-sub">Kaizen Review</span>
          </Link>
          <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="site-menu" onClick={() => setMenuOpen(!menuOpen)}>
            {t('nav.menu')}
          </button>
          {/* On a phone, the tools and the menu fold behind メニュー; wider, they are always shown. */}
          <div id="site-menu" className={menuOpen ? 'site-menu open' : 'site-menu'}>
            <div className="header-tools">
              {viewer && (
                <Suspense fallback={null}>
                  <SignedInTools viewer={viewer} />
                </Suspense>
              )}
              {/* Unreachable is not signed out: no sign-in offered until the server has answered. */}
              {!viewer && !loading && !error && location.pathname !== '/signin' && (
                <Link className="header-button" to={signInPath(location.pathname + location.search)}>
                  {t('auth.signIn')}
                </Link>
              )}
              <button type="button" className="lang-switch" lang={next} aria-label={t('lang.switchLabel')} onClick={() => void i18n.changeLanguage(next)}>
                {t('lang.switch')}
              </button>
            </div>
            <MainNav viewer={viewer} />
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} className="container" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

// A plan's revisions live under its address too, but are the menu's 計画の改訂.
const PLAN_PATHS = /^\/(strategies|measures|indicators)\/(?![^/]+\/revisions\/?$)|^\/$/;
const REVISION_PATHS = /^\/revisions(\/|$)|^\/strategies\/[^/]+\/revisions\/?$/;
// Both live under /review/cycles/: a department's entry pages (a cycle, a KPI's actual) and the
// council review pages (the list, a cycle's measures and goals, its comparison with last year, its meeting pack).
const ENTRY_PATHS = /^\/review\/?$|^\/review\/cycles\/[^/]+(\/indicators\/[^/]+)?\/?$/;
const COUNCIL_REVIEW_PATHS = /^\/review\/cycles\/?$|^\/review\/cycles\/[^/]+\/(measures|goals|changes|pack)(\/|$)/;

function MainNav({ viewer }: { viewer: Viewer | null }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const manages = viewer?.role === 'PLANNING' || viewer?.role === 'ADMIN';
  const current = (paths: RegExp) => (paths.test(pathname) ? 'page' : undefined);
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        <li>
          <Link to="/" aria-current={current(PLAN_PATHS)}>
            {t('nav.plan')}
          </Link>
        </li>
        {viewer?.role === 'DEPARTMENT' && (
          <li>
            <Link to="/review" aria-current={current(ENTRY_PATHS)}>
              {t('nav.inbox')}
            </Link>
          </li>
        )}
        {/* Every signed-in role takes part in the council's review: the council comments, departments answer, 政策企画課 settles. */}
        {viewer && (
          <li>
            <Link to="/review/cycles" aria-current={current(COUNCIL_REVIEW_PATHS)}>
              {t('nav.councilReview')}
            </Link>
          </li>
        )}
        {/* The council reads the revisions (a draft before it is decided, the 新旧対照表); 政策企画課 writes them. */}
        {(manages || viewer?.role === 'COUNCIL') && (
          <li>
            <Link to="/revisions" aria-current={current(REVISION_PATHS)}>
              {t('nav.revisions')}
            </Link>
          </li>
        )}
        {manages && (
          <>
            <li>
              <NavLink to="/cycles">{t('nav.cycles')}</NavLink>
            </li>
            <li>
              <NavLink to="/audit">{t('nav.audit')}</NavLink>
            </li>
            <li>
              <NavLink to="/users">{t('nav.users')}</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}

/**
 * After a client-side navigation, focus moves to the new page (as a full page load would reset it).
 * A layout effect, so that a page's own focus (an error, a heading it opens) in a later effect wins.
 */
function useMainFocusOnNavigation(pathname: string) {
  const ref = useRef<HTMLElement>(null);
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, [pathname]);
  return ref;
}
