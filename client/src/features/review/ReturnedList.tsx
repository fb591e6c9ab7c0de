import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import type { ReportAssignmentList_AssignmentFragment } from '../../gql/graphql';
import { reportEntryPath } from '../measure-report/paths';
import type { AssignmentRow } from './AssignmentTable';
import { entryPath } from './paths';

type Props = { cycleId: string; returned: AssignmentRow[]; returnedReports?: ReportAssignmentList_AssignmentFragment[] };

/** Entries the planning division sent back (actuals and measure reports), with its reasons: the first thing to fix. */
export function ReturnedList({ cycleId, returned, returnedReports = [] }: Props) {
  const { t } = useTranslation();
  const count = returned.length + returnedReports.length;
  if (count === 0) return null;
  const heading = returnedReports.length === 0 ? 'inbox.returnedHeading' : returned.length === 0 ? 'inbox.returnedReportsHeading' : 'inbox.returnedBothHeading';
  return (
    <section className="returned" aria-labelledby={`returned-${cycleId}`}>
      <h3 id={`returned-${cycleId}`}>{t(heading, { count })}</h3>
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
        {returnedReports.map(({ measure, report }) => (
          <li key={measure.id}>
            <span className="code">{measure.code}</span>
            <Link to={reportEntryPath(cycleId, measure.id)}>{measure.title}</Link>
            {t('inbox.reportSuffix')}
            <p>
              <strong>{t('actual.returnReason')}：</strong>
              {report?.returnReason}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
