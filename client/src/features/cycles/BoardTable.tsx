import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { CycleBoardQuery } from '../../gql/graphql';
import { boardPath, OWN } from './paths';

graphql(`
  fragment BoardTable_counts on SubmissionCounts {
    total
    missing
    drafts
    submitted
    accepted
    returned
  }
`);

export type BoardRow = CycleBoardQuery['reviewCycle']['board'][number];

export const keyOf = (row: BoardRow) => row.department?.id ?? OWN;

/** Everything handed in and accepted: nothing left for the department to hand in, nor to check. */
export const isDone = ({ actuals, reports }: BoardRow) => actuals.accepted === actuals.total && reports.accepted === reports.total;

const COLUMNS = ['total', 'missing', 'drafts', 'submitted', 'returned', 'accepted'] as const;

/** Per department: how many actuals stand where, and who is late (said in words, not only colour). */
export function BoardTable({ cycleId, rows, selected, caption }: { cycleId: string; rows: BoardRow[]; selected?: string; caption: string }) {
  const { t } = useTranslation();
  const name = (row: BoardRow) => row.department?.name ?? t('board.own');
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="kpi-table board-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.department')}</th>
            {COLUMNS.map((c) => (
              <th scope="col" key={c} className="num">
                {t(`board.columns.${c}`)}
              </th>
            ))}
            <th scope="col">{t('board.reports')}</th>
            <th scope="col">{t('board.standing')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = keyOf(row);
            return (
              <tr key={key} className={[row.late ? 'late' : '', selected === key ? 'selected' : ''].join(' ').trim() || undefined}>
                <th scope="row">
                  <Link to={boardPath(cycleId, key)} aria-current={selected === key ? 'true' : undefined}>
                    {name(row)}
                  </Link>
                </th>
                {COLUMNS.map((c) => (
                  <td key={c} className="num">
                    {row.actuals[c]}
                  </td>
                ))}
                <td className="num">{t('board.reportsValue', { done: row.reports.submitted + row.reports.accepted, total: row.reports.total })}</td>
                <td>
                  <Standing row={row} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Standing({ row }: { row: BoardRow }) {
  const { t } = useTranslation();
  const { actuals, reports } = row;
  if (row.late)
    return (
      <span className="late-flag">
        <span aria-hidden="true">⚠ </span>
        {t('board.late')}
      </span>
    );
  if (actuals.submitted + reports.submitted > 0) return <>{t('board.toCheck', { count: actuals.submitted + reports.submitted })}</>;
  if (isDone(row)) return <>{t('board.done')}</>;
  return <>{t('board.inProgress')}</>;
}
