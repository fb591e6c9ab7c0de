import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../app/i18n';

type Crumb = { to: string; label: ReactNode };

/** Where a page stands: a link to each page above it, then (when given) the page itself, not a link. */
export function Breadcrumb({ links, current }: { links: Crumb[]; current?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t('measure.breadcrumb')}>
      <ol>
        {links.map(({ to, label }) => (
          <li key={to}>
            <Link to={to}>{label}</Link>
          </li>
        ))}
        {current != null && <li aria-current="page">{current}</li>}
      </ol>
    </nav>
  );
}
