import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ReportAssignmentList_AssignmentFragment } from '../../gql/graphql';
import { StatusBadge } from '../StatusBadge';
import { reportEntryPath } from '../../features/measure-report/paths';

graphql(`
  fragment ReportAssignmentList_assignment on ReportAssignment {
    measure {
      id
      code
      title
    }
    report {
      id
      status
      returnReason
    }
  }
`);

/** The measures whose report (施策の評価) the viewer's department writes in the cycle, and where each stands; a returned one with the reason. */
export function ReportAssignmentList({ cycleId, rows, caption }: { cycleId: string; rows: ReportAssignmentList_AssignmentFragment[]; caption: string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="kpi-table report-assignments">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('measureReport.measure')}</th>
            <th scope="col">{t('inbox.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ measure, report }) => (
            <tr key={measure.id}>
              <th scope="row">
                <span className="code">{measure.code}</span>
                <Link to={reportEntryPath(cycleId, measure.id)}>{measure.title}</Link>
              </th>
              <td>
                <StatusBadge status={report?.status} />
                {report?.status === 'RETURNED' && report.returnReason && (
                  <p className="return-reason">
                    <strong>{t('actual.returnReason')}：</strong>
                    {report.returnReason}
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
