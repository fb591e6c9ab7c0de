import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { DepartmentAssignmentsQuery } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../ui/graphqlErrors';
import { QueryStatus } from '../../ui/QueryStatus';
import { DecisionItem } from './DecisionItem';

graphql(`
  fragment DecisionItem_actual on Actual {
    id
    value
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

const DepartmentAssignmentsQueryDocument = graphql(`
  query DepartmentAssignments($cycleId: ID!, $departmentId: ID) {
    reviewCycle(id: $cycleId) {
      id
      assignments(departmentId: $departmentId) {
        indicator {
          id
          key
          name
          unit
          target {
            text
          }
        }
        actual {
          ...DecisionItem_actual
        }
      }
    }
  }
`);

const AcceptActualMutation = graphql(`
  mutation AcceptActual($id: ID!, $expectedVersion: Int!) {
    acceptActual(id: $id, expectedVersion: $expectedVersion) {
      ...DecisionItem_actual
    }
  }
`);

const ReturnActualMutation = graphql(`
  mutation ReturnActual($id: ID!, $expectedVersion: Int!, $reason: String!) {
    returnActual(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      ...DecisionItem_actual
    }
  }
`);

export type DepartmentAssignment = DepartmentAssignmentsQuery['reviewCycle']['assignments'][number];

const GROUPS = [
  { key: 'toCheck', statuses: ['SUBMITTED'] },
  { key: 'missing', statuses: ['MISSING', 'DRAFT'] },
  { key: 'returned', statuses: ['RETURNED'] },
  { key: 'accepted', statuses: ['ACCEPTED'] },
] as const;

type Props = { cycleId: string; departmentId: string | null; name: string; canDecide: boolean };

/** One department's entries in the cycle: what to check (accept or return), what is still missing. */
export function DepartmentDetail({ cycleId, departmentId, name, canDecide }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error, refetch } = useQuery(DepartmentAssignmentsQueryDocument, {
    variables: { cycleId, departmentId },
    fetchPolicy: 'cache-and-network',
  });
  const [accept] = useMutation(AcceptActualMutation, { refetchQueries: ['CycleBoard'] });
  const [giveBack] = useMutation(ReturnActualMutation, { refetchQueries: ['CycleBoard'] });
  const [busyId, setBusyId] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => heading.current?.focus(), []);

  async function decide(item: DepartmentAssignment, run: () => Promise<unknown>, done: string): Promise<boolean> {
    setBusyId(item.actual!.id);
    setMessage(null);
    try {
      await run();
      setMessage({ kind: 'ok', text: done });
      return true;
    } catch (error) {
      if (errorCode(error) === 'CONFLICT' || errorCode(error) === 'INVALID_STATE') void refetch();
      setMessage({ kind: 'error', text: errorCode(error) === 'CONFLICT' ? t('decision.conflict') : errorMessage(error, t) });
      return false;
    } finally {
      setBusyId(null);
    }
  }

  const onAccept = (item: DepartmentAssignment) =>
    decide(item, () => accept({ variables: { id: item.actual!.id, expectedVersion: item.actual!.version } }), t('decision.accepted', { name: item.indicator.name }));
  const onReturn = (item: DepartmentAssignment, reason: string) =>
    decide(
      item,
      () => giveBack({ variables: { id: item.actual!.id, expectedVersion: item.actual!.version, reason } }),
      t('decision.returned', { name: item.indicator.name }),
    );

  const assignments = data?.reviewCycle.assignments ?? [];
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
      {!data ? (
        <QueryStatus loading={loading} error={error} />
      ) : assignments.length === 0 ? (
        <p>{t('decision.nothing')}</p>
      ) : (
        GROUPS.map((group) => {
          const items = assignments.filter((a) => (group.statuses as readonly string[]).includes(a.actual?.status ?? 'MISSING'));
          if (items.length === 0) return null;
          return (
            <section key={group.key} aria-labelledby={`group-${group.key}`}>
              <h3 id={`group-${group.key}`}>{t(`decision.groups.${group.key}`, { count: items.length })}</h3>
              <ul className="decision-list">
                {items.map((item) => (
                  <DecisionItem
                    key={item.indicator.id}
                    cycleId={cycleId}
                    item={item}
                    canDecide={canDecide}
                    busy={busyId === item.actual?.id}
                    onAccept={() => void onAccept(item)}
                    onReturn={(reason) => onReturn(item, reason)}
                  />
                ))}
              </ul>
            </section>
          );
        })
      )}
    </section>
  );
}
