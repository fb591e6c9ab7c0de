import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel, NO_VALUE, reiwaLabel } from '@kaizen/shared';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { PublishedCycleQuery } from '../../gql/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { ColumnTable } from '../../ui/ColumnTable';
import { formatQuantity, formatRate } from '../../ui/format';
import { GradeBadge } from '../../ui/GradeBadge';
import { QueryStatus } from '../../ui/QueryStatus';
import { RelistedBadge } from '../../ui/RelistedBadge';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ReportFields } from './ReportFields';
import { OpenDataLinks } from './OpenDataLinks';
import { publishedCyclesPath, publishedGoalPath, publishedMeasurePath } from './paths';

const PublishedCycleQuery = graphql(`
  query PublishedCycle($id: ID!) {
    publishedCycle(id: $id) {
      id
      fiscalYear
      strategy {
        id
        title
        goals {
          id
          number
          title
        }
      }
      indicators {
        goalNumber
        measureId
        indicatorId
        indicatorName
        relisted
        departments
        unit
        baselineValue
        baselineText
        targetValue
        targetText
        actuals {
          fiscalYear
          value
          text
        }
        progress {
          pathTarget
          rate
          grade
          notGraded
        }
        gradeLabel
      }
      measures {
        goalNumber
        measureId
        measureCode
        measureTitle
        ...ReportFields_report
        threads {
          id
        }
      }
    }
  }
`);

type Cycle = PublishedCycleQuery['publishedCycle'];
type Row = Cycle['indicators'][number];

const figure = (value: number | null | undefined, text: string | null | undefined, unit: string, lang: string) =>
  value !== null && value !== undefined ? formatQuantity(value, unit, lang) : text || NO_VALUE;

/** 効果検証の結果 of one published year: per goal and measure, the KPIs' figures and grades and the department's report. */
export function PublishedCyclePage() {
  const { t } = useTranslation();
  const { cycleId = '' } = useParams();
  const { data, loading, error } = useQuery(PublishedCycleQuery, { variables: { id: cycleId } });
  const cycle = data?.publishedCycle;
  const title = cycle && t('published.cycleTitle', { year: fiscalYearLabel(cycle.fiscalYear) });
  useDocumentTitle(cycle && `${title} ${cycle.strategy.title}`);
  if (!cycle) return <QueryStatus loading={loading} error={error} />;
  return (
    <>
      <Breadcrumb links={[{ to: `/strategies/${cycle.strategy.id}`, label: cycle.strategy.title }, { to: publishedCyclesPath(cycle.strategy.id), label: t('published.listShort') }]} />
      <h1>{title}</h1>
      <p className="lead">{t('published.cycleLead', { title: cycle.strategy.title })}</p>
      <OpenDataLinks cycleId={cycle.id} />
      {cycle.strategy.goals.map((goal) => (
        <section key={goal.id} aria-labelledby={`goal-${goal.number}`} className="published-goal">
          <h2 id={`goal-${goal.number}`}>{t('published.goal', { number: goal.number, title: goal.title })}</h2>
          <IndicatorTable caption={t('published.kgis')} rows={cycle.indicators.filter((r) => r.goalNumber === goal.number && !r.measureId)} fiscalYear={cycle.fiscalYear} />
          {cycle.measures
            .filter((m) => m.goalNumber === goal.number && !m.measureId)
            .map((m) => (
              <p key="goal">
                <Link to={publishedGoalPath(cycle.id, goal.number)}>{t('published.toGoalDialogue', { count: m.threads.length })}</Link>
              </p>
            ))}
          {cycle.measures
            .filter((m) => m.goalNumber === goal.number && m.measureId)
            .map((m) => (
              <section key={m.measureId} aria-labelledby={`measure-${m.measureId}`} className="published-measure">
                <h3 id={`measure-${m.measureId}`}>
                  {m.measureCode} {m.measureTitle}
                </h3>
                <IndicatorTable caption={t('published.kpis', { code: m.measureCode })} rows={cycle.indicators.filter((r) => r.measureId === m.measureId)} fiscalYear={cycle.fiscalYear} />
                <ReportFields report={m} />
                <p>
                  <Link to={publishedMeasurePath(cycle.id, m.measureId!)}>{t('published.toDialogue', { count: m.threads.length })}</Link>
                </p>
              </section>
            ))}
        </section>
      ))}
    </>
  );
}

function IndicatorTable({ caption, rows, fiscalYear }: { caption: string; rows: Row[]; fiscalYear: number }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <ColumnTable
      className="kpi-table published-kpis"
      caption={caption}
      columns={[t('published.indicator'), t('published.departments'), t('published.baseline'), t('published.target'), t('published.actual', { year: reiwaLabel(fiscalYear) }), t('published.expected'), t('published.rate'), t('published.grade')]}
    >
      {rows.map((r) => {
        const actual = r.actuals.find((a) => a.fiscalYear === fiscalYear);
        return (
          <tr key={r.indicatorId}>
            <th scope="row">
              {r.indicatorName} {r.relisted && <RelistedBadge />}
            </th>
            <td>{r.departments.join('、') || NO_VALUE}</td>
            <td>{figure(r.baselineValue, r.baselineText, r.unit, i18n.language)}</td>
            <td>{figure(r.targetValue, r.targetText, r.unit, i18n.language)}</td>
            <td>{figure(actual?.value, actual?.text, r.unit, i18n.language)}</td>
            <td>{figure(r.progress.pathTarget, null, r.unit, i18n.language)}</td>
            <td>{r.progress.rate === null ? NO_VALUE : formatRate(r.progress.rate)}</td>
            <td>
              <GradeBadge grade={r.progress.notGraded ? r.gradeLabel : r.progress.grade} notGraded={r.progress.notGraded} />
            </td>
          </tr>
        );
      })}
    </ColumnTable>
  );
}
