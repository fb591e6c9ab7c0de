import { Link } from 'react-router';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { MeasureGradeTable_MeasureFragment } from '../../../gql/graphql';
import { ColumnTable } from '../../../ui/ColumnTable';
import { measureReviewPath } from '../paths';
import { GradeBadge } from '../../../ui/GradeBadge';

graphql(`
  fragment MeasureGradeTable_measure on Measure {
    id
    code
    title
    progress(fiscalYear: $fiscalYear) {
      grade
    }
    report(cycleId: $cycleId) {
      id
      selfGrade
    }
  }
`);

// A goal with its measures as the review index, the goal page and the cycle summary grade them.
graphql(`
  fragment GoalGrades_goal on Goal {
    id
    number
    title
    progress(fiscalYear: $fiscalYear) {
      grade
    }
    measures {
      ...MeasureGradeTable_measure
    }
  }
`);

type Props = { cycleId: string; caption: string; measures: MeasureGradeTable_MeasureFragment[]; openThreads: Map<string, number> };

/** A goal's measures with their grades and unresolved threads, each leading to its review page. */
export function MeasureGradeTable({ cycleId, caption, measures, openThreads }: Props) {
  const { t } = useTranslation();
  return (
    <ColumnTable
      className="kpi-table review-index"
      caption={caption}
      columns={[t('councilReview.measure'), t('councilReview.kpiGrade'), t('councilReview.selfGrade'), t('councilReview.openThreads')]}
    >
      {measures.map((m) => (
        <tr key={m.id}>
          <th scope="row">
            <Link to={measureReviewPath(cycleId, m.id)}>
              <span className="code">{m.code}</span> {m.title}
            </Link>
          </th>
          <td>
            <GradeBadge grade={m.progress.grade} />
          </td>
          <td><GradeBadge grade={m.report?.selfGrade} /></td>
          <td className="num">{t('councilReview.threadCount', { count: openThreads.get(m.id) ?? 0 })}</td>
        </tr>
      ))}
    </ColumnTable>
  );
}
