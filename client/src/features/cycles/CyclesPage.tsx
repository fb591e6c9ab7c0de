import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useViewer } from '../auth/viewer';
import { OpenCycleForm } from './OpenCycleForm';
import { cycleSummaryPath } from '../cycle-summary/paths';
import { boardPath } from './paths';

const CyclesPageQuery = graphql(`
  query CyclesPage {
    strategies {
      id
      title
      periodStartFY
      periodEndFY
    }
  }
`);

export const StrategyCyclesQuery = graphql(`
  query StrategyCycles($strategyId: ID!) {
    reviewCycles(strategyId: $strategyId) {
      id
      fiscalYear
      state
      collectingDue
    }
  }
`);

/** The planning division's start: each strategy's review cycles, and opening the next one. */
export function CyclesPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CyclesPageQuery);
  useDocumentTitle(t('cycles.title'));
  return (
    <>
      <h1>{t('cycles.title')}</h1>
      {!data ? <QueryStatus loading={loading} error={error} /> : data.strategies.map((s) => <StrategyCycles key={s.id} strategy={s} />)}
    </>
  );
}

type Strategy = { id: string; title: string; periodStartFY: number; periodEndFY: number };

function StrategyCycles({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(StrategyCyclesQuery, { variables: { strategyId: strategy.id }, fetchPolicy: 'cache-and-network' });
  const years = Array.from({ length: strategy.periodEndFY - strategy.periodStartFY + 1 }, (_, i) => strategy.periodStartFY + i);
  const taken = new Set(data?.reviewCycles.map((c) => c.fiscalYear));
  return (
    <section aria-labelledby={`strategy-${strategy.id}`}>
      <h2 id={`strategy-${strategy.id}`}>{strategy.title}</h2>
      <p>
        <Link to={`/strategies/${strategy.id}/evaluation`}>{t('evaluation.link')}</Link>
      </p>
      {!data ? (
        <QueryStatus loading={loading} error={error} />
      ) : data.reviewCycles.length === 0 ? (
        <p>{t('cycles.none')}</p>
      ) : (
        <ul className="card-list">
          {data.reviewCycles.map((c) => (
            <li key={c.id} className="card cycle-card">
              <Link to={boardPath(c.id)}>{t('cycles.boardOf', { year: fiscalYearLabel(c.fiscalYear), fy: c.fiscalYear })}</Link>
              <span className={`cycle-state state-${c.state.toLowerCase()}`}>{t(`cycle.states.${c.state}`)}</span>
              {/* The name starts with the words on screen (speech input finds it by them), then says which year. */}
              <Link to={cycleSummaryPath(c.id)}>
                {t('summary.link')}
                <span className="visually-hidden">（{t('summary.title', { year: fiscalYearLabel(c.fiscalYear), fy: c.fiscalYear })}）</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {viewer?.role === 'PLANNING' && data && (
        <OpenCycleForm strategyId={strategy.id} years={years.filter((y) => !taken.has(y))} />
      )}
    </section>
  );
}
