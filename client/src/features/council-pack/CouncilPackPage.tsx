import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { CouncilPackCycleQuery, CouncilPackQuery } from '../../gql/graphql';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { reviewIndexPath } from '../council-review/paths';
import { PackCover } from './PackCover';
import { PackGoal } from './PackGoal';
import { useRunningHead } from './runningHead';
import './council-pack.css';

const CouncilPackCycleQuery = graphql(`
  query CouncilPackCycle($cycleId: ID!) {
    reviewCycle(id: $cycleId) {
      id
      fiscalYear
      state
    }
  }
`);

// The strategy with its goals' KGIs, the measures' names, and every thread of the cycle; each goal's
// measures come in a query of their own (PackGoal).
const CouncilPackQuery = graphql(`
  query CouncilPack($cycleId: ID!, $fiscalYear: Int!) {
    reviewCycle(id: $cycleId) {
      id
      strategy {
        id
        title
        municipality
        ...StrategyProgressConfig_strategy
        reportConfig(cycleId: $cycleId) {
          ...ReportConfigFields
        }
        goals {
          id
          number
          title
          progress(fiscalYear: $fiscalYear) {
            grade
          }
          overallJudgement(cycleId: $cycleId) {
            ...PackJudgement_judgement
          }
          kgis {
            ...PackKpi_indicator
          }
          measures {
            id
            code
            title
          }
        }
      }
    }
    reviewThreads(cycleId: $cycleId) {
      ...PackThread_thread
    }
  }
`);

/** 会議資料: a cycle's whole review as the council reads it at its meeting, to print or save as PDF. */
export function CouncilPackPage() {
  const { cycleId = '' } = useParams();
  const { data, loading, error } = useQuery(CouncilPackCycleQuery, { variables: { cycleId } });
  if (!data) return <QueryStatus loading={loading} error={error} />;
  return <Pack cycle={data.reviewCycle} />;
}

type Cycle = CouncilPackCycleQuery['reviewCycle'];

function Pack({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CouncilPackQuery, { variables: { cycleId: cycle.id, fiscalYear: cycle.fiscalYear } });
  const year = fiscalYearLabel(cycle.fiscalYear);
  const strategy = data?.reviewCycle.strategy;
  useDocumentTitle(t('councilPack.title', { year }));
  useRunningHead(strategy && t('councilPack.runningHead', { year, strategy: strategy.title }));
  const [loaded, setLoaded] = useState<ReadonlySet<string>>(new Set());
  const onLoaded = useCallback((goalId: string) => setLoaded((s) => (s.has(goalId) ? s : new Set(s).add(goalId))), []);
  return (
    <div className="council-pack">
      <div className="no-print pack-tools">
        <p>
          <Link to={reviewIndexPath(cycle.id)}>{t('councilReview.indexOf', { year })}</Link>
        </p>
        {strategy && <PrintButton ready={loaded.size >= strategy.goals.length} done={loaded.size} total={strategy.goals.length} />}
      </div>
      {!data || !strategy ? (
        <QueryStatus loading={loading} error={error} />
      ) : (
        <>
          <PackCover cycle={cycle} strategy={strategy} />
          {strategy.goals.map((g) => (
            <PackGoal key={g.id} cycle={cycle} strategy={strategy} goal={g} threads={data.reviewThreads} onLoaded={onLoaded} />
          ))}
        </>
      )}
    </div>
  );
}

/** 「印刷・PDFに保存」: the browser's print dialog, once every goal's measures are on the page. */
function PrintButton({ ready, done, total }: { ready: boolean; done: number; total: number }) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" disabled={!ready} onClick={() => window.print()}>
        {t('councilPack.print')}
      </button>
      <p className="hint" role="status">
        {ready ? t('councilPack.printHint') : t('councilPack.loading', { done, total })}
      </p>
    </>
  );
}

export type PackStrategy = CouncilPackQuery['reviewCycle']['strategy'];
