import { fiscalYearLabel, NO_VALUE } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { formatQuantity, formatRate } from '../format';
import { againstText, reachedText } from './progressText';
import type { YearRow } from './yearly';
import { GradeBadge } from '../GradeBadge';

type Props = {
  id: string;
  rows: YearRow[];
  unit: string;
  cumulative: boolean;
  baseline: { text: string; label?: string | null };
  target: { text: string; fiscalYear: number };
  /** Years whose value is "not yet known", with why. */
  notKnown: Map<number, string>;
};

/** The figures of the chart, as a table: the text alternative and the place for exact numbers. */
export function YearlyTable({ id, rows, unit, cumulative, baseline, target, notKnown }: Props) {
  const { t, i18n } = useTranslation();
  const q = (n: number | null) => (n === null ? NO_VALUE : formatQuantity(n, unit, i18n.language));
  const r = (n: number | null) => (n === null ? NO_VALUE : formatRate(n));
  return (
    <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="kpi-table yearly-table">
        <caption id={id}>{t('yearly.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('yearly.year')}</th>
            <th scope="col">{t('yearly.actual')}</th>
            {cumulative && <th scope="col">{t('progress.cumulative')}</th>}
            <th scope="col">{t('yearly.path')}</th>
            <th scope="col">{t('progress.rate')}</th>
            <th scope="col">{t('progress.ratio')}</th>
            <th scope="col">{t('progress.grade')}</th>
            <th scope="col">{rows[0] ? againstText(rows[0].progress, t) : t('progress.against.EXPECTED')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              {t('indicator.baseline')}
              {baseline.label && <span className="period">（{baseline.label}）</span>}
            </th>
            <td className="num">{baseline.text}</td>
            <td colSpan={cumulative ? 6 : 5} />
          </tr>
          {rows.map(({ fiscalYear, actual, progress, path }) => (
            <tr key={fiscalYear}>
              <th scope="row">{fiscalYearLabel(fiscalYear)}</th>
              <td className="num">
                {actual !== null ? q(actual) : null}
                {actual !== null && progress.judgedFiscalYear !== fiscalYear && t('actual.periodOf', { period: fiscalYearLabel(progress.judgedFiscalYear) })}
                {actual !== null ? null : notKnown.has(fiscalYear) ? t('actual.notKnownWithReason', { reason: notKnown.get(fiscalYear) }) : t('yearly.noValue')}
              </td>
              {cumulative && <td className="num">{actual !== null ? q(progress.value) : NO_VALUE}</td>}
              <td className="num">{path === null ? NO_VALUE : formatQuantity(path, unit, i18n.language)}</td>
              <td className="num">{r(progress.rate)}</td>
              <td className="num">{r(progress.ratio)}</td>
              <td>
                <GradeBadge grade={progress.grade} notGraded={progress.notGraded} />
              </td>
              <td>{progress.onTrack === null ? NO_VALUE : reachedText(progress, t)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">
              {t('indicator.target')}
              <span className="period">（{fiscalYearLabel(target.fiscalYear)}）</span>
            </th>
            <td className="num">{target.text}</td>
            <td colSpan={cumulative ? 6 : 5} />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
