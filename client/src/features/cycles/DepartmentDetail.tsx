import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { DepartmentAssignmentsQuery, SubmissionStatus } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../ui/graphqlErrors';
import { QueryStatus } from '../../ui/QueryStatus';
import { BulkAccept, type BulkOutcome } from './BulkAccept';
import { DecisionItem } from './DecisionItem';
import { ReportDecisionItem } from './ReportDecisionItem';

graphql(`
  fragment DecisionItem_actual on Actual {
    id
    fiscalYear
    value
    valueBound
    periodFiscalYear
    periodLabel
    notGraded
    notKnownReason
    note
    evidenceLinks
    status
    returnReason
    version
    updatedAt
    updatedByUser {
      id
      displayName
    }
  }
`);

graphql(`
  fragment ReportDecisionItem_report on MeasureReport {
    id
    whatWasDone
    issues
    nextDirection
    effectiveness
    efficiency
    selfGrade
    status
    returnReason
    version
    updatedAt
    updatedByUser {
      id
      displayName
    }
  }
`);

const DepartmentAssignmentsQueryDocument = graphql(`
  query DepartmentAssignments($cycleId: ID!, $departmentId: ID, $fiscalYear: Int!) {
    reviewCycle(id: $cycleId) {
      id
      strategy {
        id
        ...StrategyProgressConfig_strategy
        reportConfig(cycleId: $cycleId) {
          ...ReportConfigFields
        }
      }
      assignments(departmentId: $departmentId) {
        indicator {
          id
          key
          name
          ...IndicatorProgressInputs_indicator
        }
        actual {
          ...DecisionItem_actual
        }
      }
      reportAssignments(departmentId: $departmentId) {
        measure {
          id
          code
          title
          progress(fiscalYear: $fiscalYear) {
            grade
          }
          indicators {
            id
            key
            name
            progress(fiscalYear: $fiscalYear) {
              grade
            }
          }
        }
        report {
          ...ReportDecisionItem_report
        }
      }
    }
  }
`);

// One operation per decision for both kinds of entry: the variable `actual` picks the field.
const AcceptEntryMutation = graphql(`
  mutation AcceptEntry($id: ID!, $expectedVersion: Int!, $actual: Boolean!) {
    acceptActual(id: $id, expectedVersion: $expectedVersion) @include(if: $actual) {
      ...DecisionItem_actual
    }
    acceptMeasureReport(id: $id, expectedVersion: $expectedVersion) @skip(if: $actual) {
      ...ReportDecisionItem_report
    }
  }
`);

const ReturnEntryMutation = graphql(`
  mutation ReturnEntry($id: ID!, $expectedVersion: Int!, $reason: String!, $actual: Boolean!) {
    returnActual(id: $id, expectedVersion: $expectedVersion, reason: $reason) @include(if: $actual) {
      ...DecisionItem_actual
    }
    returnMeasureReport(id: $id, expectedVersion: $expectedVersion, reason: $reason) @skip(if: $actual) {
      ...ReportDecisionItem_report
    }
  }
`);

export type DepartmentAssignment = DepartmentAssignmentsQuery['reviewCycle']['assignments'][number];
export type DepartmentReportAssignment = DepartmentAssignmentsQuery['reviewCycle']['reportAssignments'][number];

const GROUPS = [
  { key: 'toCheck', statuses: ['SUBMITTED'] },
  { key: 'missing', statuses: ['MISSING', 'DRAFT'] },
  { key: 'returned', statuses: ['RETURNED'] },
  { key: 'accepted', statuses: ['ACCEPTED'] },
] as const;

/** An actual or a report, as the decisions (one or many) handle it. */
type Entry = { key: string; kind: 'actual' | 'report'; id: string; version: number; status: SubmissionStatus; name: string };

const entryOfActual = ({ actual, indicator }: DepartmentAssignment): Entry | null =>
  actual && { key: `actual:${actual.id}`, kind: 'actual', id: actual.id, version: actual.version, status: actual.status, name: indicator.name };
const entryOfReport = ({ report, measure }: DepartmentReportAssignment): Entry | null =>
  report && { key: `report:${report.id}`, kind: 'report', id: report.id, version: report.version, status: report.status, name: `${measure.code} ${measure.title}` };

type Props = { cycleId: string; fiscalYear: number; departmentId: string | null; name: string; canDecide: boolean };

/** One department's entries in the cycle, actuals and measure reports: what to check (accept, return, or accept many at once), what is still missing. */
export function DepartmentDetail({ cycleId, fiscalYear, departmentId, name, canDecide }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch } = useQuery(DepartmentAssignmentsQueryDocument, {
    variables: { cycleId, departmentId, fiscalYear },
    fetchPolicy: 'cache-and-network',
  });
  const [acceptEntry] = useMutation(AcceptEntryMutation);
  const [returnEntry] = useMutation(ReturnEntryMutation);
  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [bulk, setBulk] = useState<BulkOutcome | null>(null);
  useEffect(() => heading.current?.focus(), []);

  const accept = (entry: Entry) => acceptEntry({ variables: { id: entry.id, expectedVersion: entry.version, actual: entry.kind === 'actual' } });
  const refresh = () => client.refetchQueries({ include: ['CycleBoard'] });
  const failure = (e: unknown) => (errorCode(e) === 'CONFLICT' ? t('decision.conflict') : errorMessage(e, t));

  async function decide(entry: Entry, run: () => Promise<unknown>, done: string): Promise<boolean> {
    setBusyKey(entry.key);
    setMessage(null);
    try {
      await run();
      setMessage({ kind: 'ok', text: done });
      void refresh();
      return true;
    } catch (error) {
      if (errorCode(error) === 'CONFLICT' || errorCode(error) === 'INVALID_STATE') void refetch();
      setMessage({ kind: 'error', text: failure(error) });
      return false;
    } finally {
      setBusyKey(null);
      unpick(entry.key);
    }
  }

  const onAccept = (entry: Entry) => decide(entry, () => accept(entry), t('decision.accepted', { name: entry.name }));
  const onReturn = (entry: Entry, reason: string) =>
    decide(entry, () => returnEntry({ variables: { id: entry.id, expectedVersion: entry.version, reason, actual: entry.kind === 'actual' } }), t('decision.returned', { name: entry.name }));

  const assignments = data?.reviewCycle.assignments ?? [];
  const reports = data?.reviewCycle.reportAssignments ?? [];
  const submitted = [...assignments.map(entryOfActual), ...reports.map(entryOfReport)].filter((e): e is Entry => e?.status === 'SUBMITTED');
  const chosen = submitted.filter((e) => picked.has(e.key));
  const pick = (key: string, on: boolean) => setPicked((was) => (on ? new Set([...was, key]) : new Set([...was].filter((k) => k !== key))));
  const unpick = (key: string) => pick(key, false);

  // One after another, each with the version read last: a stale one is refused (CONFLICT) and said so, the rest go on.
  async function acceptChosen() {
    const queue = chosen;
    setMessage(null);
    setBulk({ running: true, total: queue.length, accepted: [], failed: [] });
    const accepted: string[] = [];
    const failed: { name: string; why: string }[] = [];
    for (const entry of queue) {
      setBusyKey(entry.key);
      try {
        await accept(entry);
        accepted.push(entry.name);
      } catch (error) {
        failed.push({ name: entry.name, why: failure(error) });
      }
      setBulk({ running: true, total: queue.length, accepted: [...accepted], failed: [...failed] });
    }
    setBusyKey(null);
    setPicked(new Set());
    setBulk({ running: false, total: queue.length, accepted, failed });
    if (failed.length) void refetch();
    void refresh();
  }

  const nothing = assignments.length === 0 && reports.length === 0;
  return (
    <section className="department-detail" aria-labelledby="department-heading">
      <h2 id="department-heading" ref={heading} tabIndex={-1}>
        {t('decision.heading', { name })}
      </h2>
      <div aria-live="polite">
        {message && (
          <p className={message.kind === 'error' ? 'form-error' : 'ok'} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </div>
      {canDecide && (submitted.length > 0 || bulk) && (
        <BulkAccept
          chosen={chosen.length}
          submitted={submitted.length}
          outcome={bulk}
          onPickAll={() => setPicked(new Set(submitted.map((e) => e.key)))}
          onRun={() => void acceptChosen()}
        />
      )}
      {!data ? (
        <QueryStatus loading={loading} error={error} />
      ) : nothing ? (
        <p>{t('decision.nothing')}</p>
      ) : (
        GROUPS.map((group) => {
          const inGroup = (status: SubmissionStatus | undefined) => (group.statuses as readonly string[]).includes(status ?? 'MISSING');
          const actuals = assignments.filter((a) => inGroup(a.actual?.status));
          const ofReports = reports.filter((r) => inGroup(r.report?.status));
          if (actuals.length + ofReports.length === 0) return null;
          const decision = (entry: Entry | null) => ({
            canDecide,
            busy: bulk?.running === true || (entry !== null && busyKey === entry.key),
            onAccept: () => void (entry && onAccept(entry)),
            onReturn: (reason: string) => (entry ? onReturn(entry, reason) : Promise.resolve(false)),
            selected: entry !== null && picked.has(entry.key),
            onSelect: (on: boolean) => entry && pick(entry.key, on),
          });
          return (
            <section key={group.key} aria-labelledby={`group-${group.key}`}>
              <h3 id={`group-${group.key}`}>{t(`decision.groups.${group.key}`, { count: actuals.length + ofReports.length })}</h3>
              <ul className="decision-list">
                {actuals.map((item) => (
                  <DecisionItem
                    key={item.indicator.id}
                    cycleId={cycleId}
                    fiscalYear={fiscalYear}
                    strategy={data.reviewCycle.strategy}
                    item={item}
                    decision={decision(entryOfActual(item))}
                  />
                ))}
                {ofReports.map((item) => (
                  <ReportDecisionItem key={item.measure.id} cycleId={cycleId} config={data.reviewCycle.strategy.reportConfig} item={item} decision={decision(entryOfReport(item))} />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
