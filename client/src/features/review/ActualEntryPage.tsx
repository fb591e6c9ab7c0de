import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel, type ActualValue } from '@kaizen/shared';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ActualEntryQuery } from '../../gql/graphql';
import { departmentsText } from '../../ui/departments';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useViewer, type Viewer } from '../auth/viewer';
import { countedValues, ruleOf, rulesOf } from '../../ui/progress/ruleOf';
import { ActualDetails } from './ActualDetails';
import { ActualEditor } from './ActualEditor';
import { OtherYears } from './OtherYears';
import { ProgressPreview } from './ProgressPreview';
import { StatusBadge } from '../../ui/StatusBadge';
import { WhoWhen } from '../../ui/WhoWhen';

const ActualEntryQueryDocument = graphql(`
  query ActualEntry($cycleId: ID!, $indicatorId: ID!) {
    reviewCycle(id: $cycleId) {
      id
      fiscalYear
      state
      version
    }
    indicator(id: $indicatorId) {
      id
      key
      name
      kind
      departmentsNote
      departments {
        id
        name
      }
      ...IndicatorProgressInputs_indicator
      strategy {
        id
        ...StrategyProgressConfig_strategy
      }
      actuals(cycleId: $cycleId) {
        ...ActualEditor_actual
      }
    }
  }
`);

type Indicator = ActualEntryQuery['indicator'];
type Cycle = ActualEntryQuery['reviewCycle'];

/** Mirrors the server's rule (submission.policy): a department for its own indicators; the planning division for those nobody holds. */
function mayHandIn(viewer: Viewer | null, indicator: Indicator): boolean {
  if (viewer?.role === 'DEPARTMENT') return indicator.departments.some((d) => d.id === viewer.department?.id);
  if (viewer?.role === 'PLANNING') return indicator.departments.length === 0;
  return false;
}

/** Why the entry cannot be edited here now, or null when it can. */
function readOnlyReason(viewer: Viewer | null, cycle: Cycle, indicator: Indicator, status: string | undefined, t: (k: string, o?: Record<string, unknown>) => string) {
  if (!mayHandIn(viewer, indicator)) return t('entry.readOnly.notYours', { departments: departmentsText(indicator) || t('entry.planningDivision') });
  if (cycle.state !== 'COLLECTING') return t('entry.readOnly.notCollecting', { state: t(`cycle.states.${cycle.state}`) });
  if (status === 'SUBMITTED') return t('entry.readOnly.submitted');
  if (status === 'ACCEPTED') return t('entry.readOnly.accepted');
  return null;
}

/**
 * Three times the largest figure the plan gives for a year (for 延べ, a year's share of the total):
 * beyond it a value is more likely a slip of unit or digits than a result.
 */
function plausibleMax(indicator: Indicator): number | null {
  const { target, baseline } = indicator;
  // A 延べ target is the period's total and its baseline a year's amount.
  const years = indicator.targetKind === 'CUMULATIVE' && indicator.strategy ? Math.max(1, target.fiscalYear - indicator.strategy.periodStartFY + 1) : 1;
  const figures = [target.value == null ? null : target.value / years, baseline.value].filter((v): v is number => v != null).map(Math.abs);
  const largest = figures.length ? Math.max(...figures) : 0;
  return largest === 0 ? null : 3 * largest;
}

/** The actual of one indicator in one cycle: enter it, see its progress live, hand it in. */
export function ActualEntryPage() {
  const { t } = useTranslation();
  const { cycleId = '', indicatorId = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(ActualEntryQueryDocument, { variables: { cycleId, indicatorId }, fetchPolicy: 'network-only' });
  const [typed, setTyped] = useState<ActualValue | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const onTyped = useCallback((entry: ActualValue | null) => setTyped(entry), []);
  const onStale = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  useDocumentTitle(data?.indicator.name);
  if (!data) return <QueryStatus loading={loading} error={error} />;

  const { reviewCycle: cycle, indicator } = data;
  const year = fiscalYearLabel(cycle.fiscalYear);
  const actual = indicator.actuals.find((a) => a.fiscalYear === cycle.fiscalYear) ?? null;
  const readOnly = readOnlyReason(viewer, cycle, indicator, actual?.status, t);
  const strategy = indicator.strategy;
  const preview = readOnly ? (actual && (actual.value != null || actual.notGraded) ? { ...actual, value: actual.value ?? null } : null) : typed;

  return (
    <>
      <Breadcrumb
        links={[
          { to: '/review', label: t('inbox.title') },
          { to: `/review/cycles/${cycle.id}`, label: t('inbox.cycleTitle', { year, fy: cycle.fiscalYear }) },
        ]}
      />
      <p className="eyebrow">{t('entry.eyebrow', { year })}</p>
      <h1>{indicator.name}</h1>
      <dl className="facts">
        <dt>{t('indicator.target')}</dt>
        <dd>
          {indicator.target.text}（{fiscalYearLabel(indicator.target.fiscalYear)}・{t(`indicator.targetKinds.${indicator.targetKind}`)}）
        </dd>
        <dt>{t('indicator.baseline')}</dt>
        <dd>
          {indicator.baseline.text}
          {indicator.baseline.label && `（${indicator.baseline.label}）`}
        </dd>
        <dt>{t('indicator.direction')}</dt>
        <dd>{t(`indicator.directions.${indicator.direction}`)}</dd>
        <dt>{t('indicator.departments')}</dt>
        <dd>{departmentsText(indicator)}</dd>
        <dt>{t('entry.status')}</dt>
        <dd>
          <StatusBadge status={actual?.status} />
          {actual && (
            <>
              {' '}
              <WhoWhen user={actual.updatedByUser} at={actual.updatedAt} />
            </>
          )}
        </dd>
      </dl>
      <OtherYears actuals={indicator.actuals.filter((a) => a.fiscalYear !== cycle.fiscalYear)} unit={indicator.unit} />
      {actual?.status === 'RETURNED' && actual.returnReason && (
        <div className="returned" role="note">
          <h2>{t('entry.returnedHeading')}</h2>
          <p>{actual.returnReason}</p>
        </div>
      )}
      <p className="status-line" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="entry-grid">
        <section aria-labelledby="entry-heading">
          <h2 id="entry-heading">{t('entry.heading', { year })}</h2>
          {readOnly ? (
            <>
              <p className="notice">{readOnly}</p>
              <ActualDetails actual={actual} unit={indicator.unit} />
            </>
          ) : (
            <ActualEditor
              key={`${cycle.id}:${indicator.id}`}
              cycleId={cycle.id}
              fiscalYear={cycle.fiscalYear}
              indicatorId={indicator.id}
              unit={indicator.unit}
              cumulative={indicator.targetKind === 'CUMULATIVE'}
              plausibleMax={plausibleMax(indicator)}
              actual={actual}
              onStale={onStale}
              onTyped={onTyped}
              onAnnounce={setAnnouncement}
            />
          )}
        </section>
        {strategy && (
          <ProgressPreview
            rule={ruleOf(indicator, strategy.periodStartFY, cycle.fiscalYear)}
            config={rulesOf(strategy)(cycle.fiscalYear)}
            fiscalYear={cycle.fiscalYear}
            entered={preview}
            otherYears={countedValues(indicator.actuals)}
            unit={indicator.unit}
            cumulative={indicator.targetKind === 'CUMULATIVE'}
          />
        )}
      </div>
    </>
  );
}
