import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { StatusBadge } from '../review/StatusBadge';
import { reportEntryPath } from './paths';

const ReportAssignmentsQuery = graphql(`
  query ReportAssignments($id: ID!) {
    reviewCycle(id: $id) {
      id
      reportAssignments {
        measure {
          id
          code
          title
        }
        report {
          id
          status
        }
      }
    }
  }
`);

/** The measures whose report (施策の評価) the viewer's department writes in the cycle, and where each stands. */
export function ReportAssignmentList({ cycleId, caption }: { cycleId: string; caption: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ReportAssignmentsQuery, { variables: { id: cycleId }, fetchPolicy: 'cache-and-network' });
  const rows = data?.reviewCycle.reportAssignments ?? [];
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
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
