import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

export function Layout() {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'ja' : 'en';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to="/" className="brand">
            {t('app.name')} <span className="brand-sub">Kaizen Review</span>
          </Link>
          <button type="button" className="lang-switch" lang={next} aria-label={t('lang.switchLabel')} onClick={() => void i18n.changeLanguage(next)}>
            {t('lang.switch')}
          </button>
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
