import { NO_VALUE, reiwaLabel } from '@kaizen/shared';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from '../../app/i18n';
import { formatQuantity } from '../format';
import type { YearRow } from './yearly';

type Props = {
  rows: YearRow[];
  unit: string;
  cumulative: boolean;
  baseline: { value?: number | null; label?: string | null };
  target: { value?: number | null };
  /** The table with the same figures, for the chart's description. */
  tableId: string;
  /** In px: the meeting pack's charts are smaller, two to a printed row. */
  height?: number;
};

/** Baseline → yearly actuals (or their running sum) → target, against the path. Loaded on demand. */
export function ProgressChart({ rows, unit, cumulative, baseline, target, tableId, height = 300 }: Props) {
  const { t, i18n } = useTranslation();
  const q = (n: number) => formatQuantity(n, unit, i18n.language);
  const actualName = cumulative ? t('chart.cumulative') : t('chart.actual');
  const data = [
    ...(!cumulative && baseline.value != null
      ? [{ label: `${t('indicator.baseline')}${baseline.label ? `（${baseline.label}）` : ''}`, actual: baseline.value, path: baseline.value }]
      : []),
    ...rows.map((row) => ({
      // The axis has room for the short form only; the table beside it writes 令和6年度.
      label: reiwaLabel(row.fiscalYear),
      actual: row.actual === null ? null : row.progress.value,
      path: row.path,
    })),
  ];
  const summary = t('chart.summary', {
    baseline: baseline.value != null ? q(baseline.value) : NO_VALUE,
    target: target.value != null ? q(target.value) : NO_VALUE,
    count: rows.filter((r) => r.actual !== null).length,
  });
  return (
    <figure className="chart" aria-describedby={tableId}>
      <div role="img" aria-label={summary} className="chart-box">
        <ResponsiveContainer width="100%" height={height}>
          <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" stroke="#d0d7de" />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={72} tickFormatter={(v: number) => formatQuantity(v, '', i18n.language)} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? q(value) : String(value))} />
            <Legend />
            {target.value != null && (
              <ReferenceLine y={target.value} stroke="#b35900" strokeDasharray="6 3" label={{ value: t('chart.target', { value: q(target.value) }), position: 'insideTopRight', fill: '#8a4b00', fontSize: 12 }} />
            )}
            <Line name={t('chart.path')} dataKey="path" stroke="#57606a" strokeDasharray="4 4" dot={false} isAnimationActive={false} connectNulls />
            <Line name={actualName} dataKey="actual" stroke="#0b5cad" strokeWidth={3} dot={{ r: 5 }} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption>{t('chart.caption')}</figcaption>
    </figure>
  );
}
