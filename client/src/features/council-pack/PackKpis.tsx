import { fiscalYearLabel, NO_VALUE } from '@kaizen/shared';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { PackKpi_IndicatorFragment, StrategyProgressConfig_StrategyFragment } from '../../gql/graphql';
import { ColumnTable } from '../../ui/ColumnTable';
import { formatQuantity, formatRate } from '../../ui/format';
import { GradeBadge } from '../../ui/GradeBadge';
import { Heading, type Level } from '../../ui/Heading';
import { Loading } from '../../ui/Loading';
import { RelistedBadge } from '../../ui/RelistedBadge';
import { countedValues, rulesOf } from '../../ui/progress/ruleOf';
import { yearlyProgress, type YearRow } from '../../ui/progress/yearly';

// recharts is most of a chart's weight: it loads after the tables are on screen.
const ProgressChart = lazy(() => import('../../ui/progress/ProgressChart').then((m) => ({ default: m.ProgressChart })));

graphql(`
  fragment PackKpi_indicator on Indicator {
    id
    name
    relisted
    ...IndicatorProgressInputs_indicator
  }
`);

type Props = {
  indicators: PackKpi_IndicatorFragment[];
  strategy: StrategyProgressConfig_StrategyFragment;
  fiscalYear: number;
  caption: string;
  /** The level of each chart's heading (the KPI's name). */
  level: Level;
};

type Kpi = { indicator: PackKpi_IndicatorFragment; rows: YearRow[] };

/**
 * KPIs as the pack prints them: one table (指標・単位・基準値・目標値, each year's actual up to the
 * cycle's, then the cycle year's progress rate and grade), then a chart a KPI.
 */
export function PackKpis({ indicators, strategy, fiscalYear, caption, level }: Props) {
  const id = useId();
  if (indicators.length === 0) return null;
  const rules = rulesOf(strategy);
  const kpis: Kpi[] = indicators.map((i) => ({ indicator: i, rows: yearlyProgress(i, strategy.periodStartFY, countedValues(i.actuals), rules) }));
  const years = Array.from({ length: Math.max(fiscalYear - strategy.periodStartFY + 1, 0) }, (_, n) => strategy.periodStartFY + n);
  return (
    <>
      <KpiTable id={`${id}-table`} kpis={kpis} years={years} fiscalYear={fiscalYear} caption={caption} />
      <div className="pack-charts">
        {kpis.map(({ indicator: i, rows }) => (
          <div key={i.id} className="pack-chart">
            <Heading level={level}>{i.name}</Heading>
            <Suspense fallback={<Loading />}>
              <ProgressChart rows={rows} unit={i.unit} cumulative={i.targetKind === 'CUMULATIVE'} baseline={i.baseline} target={i.target} tableId={`${id}-table`} height={220} />
            </Suspense>
          </div>
        ))}
      </div>
    </>
  );
}

type TableProps = { id: string; kpis: Kpi[]; years: number[]; fiscalYear: number; caption: string };

function KpiTable({ id, kpis, years, fiscalYear, caption }: TableProps) {
  const { t, i18n } = useTranslation();
  const columns = [
    t('councilPack.indicator'),
    t('indicator.unit'),
    t('indicator.baseline'),
    t('indicator.target'),
    ...years.map((y) => t('councilPack.actualOf', { year: fiscalYearLabel(y) })),
    t('progress.rate'),
    t('councilPack.gradeOf', { year: fiscalYearLabel(fiscalYear) }),
  ];
  // The caption's id is what each chart is described by: the same figures, as a table.
  return (
    <ColumnTable className="kpi-table pack-kpis" caption={<span id={id}>{caption}</span>} columns={columns}>
      {kpis.map(({ indicator: i, rows }) => {
        const year = rows.find((r) => r.fiscalYear === fiscalYear);
        return (
          <tr key={i.id}>
            <th scope="row">
              {i.name}
              {i.relisted && <RelistedBadge />}
            </th>
            <td>{i.unit || t('indicator.noUnit')}</td>
            <td>
              {i.baseline.text}
              {i.baseline.label && <span className="period">（{i.baseline.label}）</span>}
            </td>
            <td>
              {i.target.text}
              <span className="period">（{fiscalYearLabel(i.target.fiscalYear)}）</span>
            </td>
            {years.map((y) => {
              const actual = rows.find((r) => r.fiscalYear === y)?.actual ?? null;
              return (
                <td key={y} className="num">
                  {actual === null ? NO_VALUE : formatQuantity(actual, i.unit, i18n.language)}
                </td>
              );
            })}
            <td className="num">{year?.progress.rate == null ? NO_VALUE : formatRate(year.progress.rate)}</td>
            <td>
              <GradeBadge grade={year?.progress.grade} notGraded={year?.progress.notGraded} />
            </td>
          </tr>
        );
      })}
    </ColumnTable>
  );
}
