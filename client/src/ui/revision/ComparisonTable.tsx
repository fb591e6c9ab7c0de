import { useId } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ComparisonTable_GoalFragment, ComparisonTable_RowFragment } from '../../gql/graphql';
import './comparison-table.css';

graphql(`
  fragment ComparisonTable_goal on Goal {
    id
    number
    title
    measures {
      id
      code
      title
    }
  }
`);

graphql(`
  fragment ComparisonTable_row on PlanComparisonRow {
    goalNumber
    measureCode
    subjectType
    subjectId
    subject
    fieldLabel
    before
    after
    reason
  }
`);

type Row = ComparisonTable_RowFragment;
type Goal = ComparisonTable_GoalFragment;
/** The rows under a measure's heading (none: a goal's own KGIs, or the plan as a whole). */
type MeasureGroup = { code: string | null; title: string | null; rows: Row[] };
/** The rows under a basic goal's heading (none: the plan as a whole). */
type GoalGroup = { number: number | null; title: string | null; measures: MeasureGroup[] };

/** The rows in the server's order (by goal, then measure), under their headings. */
function groupRows(rows: Row[], goals: Goal[]): GoalGroup[] {
  const groups: GoalGroup[] = [];
  for (const row of rows) {
    let goal = groups[groups.length - 1];
    if (!goal || goal.number !== row.goalNumber) {
      const found = goals.find((g) => g.number === row.goalNumber);
      goal = { number: row.goalNumber ?? null, title: found?.title ?? null, measures: [] };
      groups.push(goal);
    }
    let measure = goal.measures[goal.measures.length - 1];
    if (!measure || measure.code !== row.measureCode) {
      const found = goals.find((g) => g.number === row.goalNumber)?.measures.find((m) => m.code === row.measureCode);
      measure = { code: row.measureCode ?? null, title: found?.title ?? null, rows: [] };
      goal.measures.push(measure);
    }
    measure.rows.push(row);
  }
  return groups;
}

type Props = { rows: Row[]; goals: Goal[]; caption: string };

/** 新旧対照表 as municipalities publish it: 項目 / 改訂前 / 改訂後 / 理由, under the headings of 基本目標 and 施策. */
export function ComparisonTable({ rows, goals, caption }: Props) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="kpi-table comparison-table">
        <caption id={captionId}>{caption}</caption>
        <colgroup>
          <col className="col-subject" />
          <col className="col-value" />
          <col className="col-value" />
          <col className="col-reason" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('planRevisions.columns.subject')}</th>
            <th scope="col">{t('planRevisions.columns.before')}</th>
            <th scope="col">{t('planRevisions.columns.after')}</th>
            <th scope="col">{t('planRevisions.columns.reason')}</th>
          </tr>
        </thead>
        {groupRows(rows, goals).flatMap((goal) =>
          // A body a measure: its heading rows (the goal's first over its first measure) head the rows under them.
          goal.measures.map((measure, i) => (
            <tbody key={`${goal.number ?? 'plan'}/${measure.code ?? ''}`}>
              {i === 0 && (
                <tr className="group-goal">
                  <th scope="rowgroup" colSpan={4}>
                    {goal.number == null ? t('planRevisions.subjects.STRATEGY') : `${t('strategy.goal', { number: goal.number })} ${goal.title ?? ''}`}
                  </th>
                </tr>
              )}
              {goal.number != null && (
                <tr className="group-measure">
                  <th scope="rowgroup" colSpan={4}>
                    {measure.code ? t('planRevisions.comparison.measure', { code: measure.code, title: measure.title ?? '' }) : t('planRevisions.comparison.goalIndicators')}
                  </th>
                </tr>
              )}
              {measure.rows.map((row) => (
                <tr key={`${row.subjectId}/${row.fieldLabel}`}>
                  <th scope="row">
                    <span className="block">{row.subject}</span>
                    <strong>{row.fieldLabel}</strong>
                  </th>
                  <td>{row.before}</td>
                  <td className="after">{row.after}</td>
                  <td className="reason">{row.reason}</td>
                </tr>
              ))}
            </tbody>
          )),
        )}
      </table>
    </div>
  );
}
