import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import type { AssignmentRow } from './AssignmentTable';
import { entryPath } from './paths';

/** Entries the planning division sent back, with its reasons: the first thing to fix. */
export function ReturnedList({ cycleId, returned }: { cycleId: string; returned: AssignmentRow[] }) {
  const { t } = useTranslation();
  if (returned.length === 0) return null;
  return (
    <section className="returned" aria-labelledby={`returned-${cycleId}`}>
      <h3 id={`returned-${cycleId}`}>{t('inbox.returnedHeading', { count: returned.length })}</h3>
      <ul>
        {returned.map(({ indicator, actual }) => (
          <li key={indicator.id}>
            <Link to={entryPath(cycleId, indicator.id)}>{indicator.name}</Link>
            <p>
              <strong>{t('actual.returnReason')}：</strong>
              {actual?.returnReason}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
