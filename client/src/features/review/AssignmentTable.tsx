import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import type { CycleAssignmentsQuery } from '../../gql/graphql';
import { ActualValueText } from '../../ui/ActualValueText';
import { entryPath } from './paths';
import { StatusBadge } from '../../ui/StatusBadge';

export type AssignmentRow = CycleAssignmentsQuery['reviewCycle']['assignments'][number];

/** The viewer's indicators in a cycle: what to fill, what is entered, where each stands. */
export function AssignmentTable({ cycleId, assignments, caption }: { cycleId: string; assignments: AssignmentRow[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="kpi-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inbox.indicator')}</th>
            <th scope="col">{t('inbox.target')}</th>
            <th scope="col">{t('inbox.entered')}</th>
            <th scope="col">{t('inbox.status')}</th>
          </tr>
        </thead>
        <tbody>
          {assignments.map(({ indicator, actual }) => (
            <tr key={indicator.id}>
              <th scope="row">
                <span className="code">{indicator.key}</span>
                <Link to={entryPath(cycleId, indicator.id)}>{indicator.name}</Link>
              </th>
              <td className="num">{indicator.target.text}</td>
              <td className="num">
                <ActualValueText actual={actual} unit={indicator.unit} />
              </td>
              <td>
                <StatusBadge status={actual?.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
