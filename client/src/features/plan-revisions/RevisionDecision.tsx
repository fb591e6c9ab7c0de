import { useApolloClient, useMutation } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { useId, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { PlanSubject } from '../../gql/graphql';
import { firstGraphQLError, errorMessage } from '../../ui/graphqlErrors';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CurrentHeader, type CurrentRevision } from './CurrentHeader';

const AdoptPlanRevisionMutation = graphql(`
  mutation AdoptPlanRevision($id: ID!, $expectedVersion: Int!) {
    adoptPlanRevision(id: $id, expectedVersion: $expectedVersion) {
      id
      state
      version
    }
  }
`);

const DiscardPlanRevisionMutation = graphql(`
  mutation DiscardPlanRevision($id: ID!, $expectedVersion: Int!) {
    discardPlanRevision(id: $id, expectedVersion: $expectedVersion) {
      id
      state
      version
    }
  }
`);

type Step = 'adopt' | 'discard';

const TYPENAMES: Record<PlanSubject, string> = { STRATEGY: 'Strategy', GOAL: 'Goal', MEASURE: 'Measure', POLICY: 'Policy', PROJECT: 'Project', INDICATOR: 'Indicator' };

type Props = {
  revision: { id: string; number: number; version: number; effectiveFiscalYear: number };
  /** What it changes: the rows of the plan other pages may hold from before. */
  changes: { subjectType: PlanSubject; subjectId: string }[];
  /** Reads the revision again: after the step, and after a refusal (the version or the state moved on). */
  reload: () => Promise<unknown>;
  /** The step is done (or cannot be any more): the page says so and takes focus. */
  onDone: (message: string, failed?: boolean) => void;
};

/** 決定する / 取り下げる: each asks first, naming what happens; a draft changed meanwhile is shown, to be confirmed again. */
export function RevisionDecision({ revision, changes, reload, onDone }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [step, setStep] = useState<Step | null>(null);
  const [failure, setFailure] = useState<{ text: string; current?: CurrentRevision } | null>(null);
  const [adopt, adopting] = useMutation(AdoptPlanRevisionMutation);
  const [discard, discarding] = useMutation(DiscardPlanRevisionMutation);
  const client = useApolloClient();
  const busy = adopting.loading || discarding.loading;
  const changeCount = changes.length;
  const number = t('planRevisions.number', { number: revision.number });
  const year = fiscalYearLabel(revision.effectiveFiscalYear);

  function open(next: Step) {
    setFailure(null);
    setStep(next);
  }

  async function confirm() {
    if (!step) return;
    setFailure(null);
    const variables = { id: revision.id, expectedVersion: revision.version };
    try {
      if (step === 'adopt') {
        await adopt({ variables });
        // The plan changed: the rows other pages read before (a KPI's target, the period) are read again when next shown.
        for (const c of changes) client.cache.evict({ id: client.cache.identify({ __typename: TYPENAMES[c.subjectType], id: c.subjectId }) });
        client.cache.gc();
      } else await discard({ variables });
      await reload();
      setStep(null);
      onDone(t(step === 'adopt' ? 'planRevisions.decision.adopted' : 'planRevisions.decision.discarded', { number, year, fy: revision.effectiveFiscalYear }));
    } catch (error) {
      const info = firstGraphQLError(error);
      if (info?.code === 'CONFLICT') {
        // Someone saved the draft's header meanwhile: what it says now, and the new version to confirm against.
        await reload();
        setFailure({ text: t('planRevisions.decision.conflict'), current: info.extensions.current as CurrentRevision });
        return;
      }
      if (info?.code === 'INVALID_STATE') {
        // Adopted or withdrawn meanwhile: the page shows where it stands now.
        setStep(null);
        await reload();
        onDone(t('planRevisions.decision.moved'), true);
        return;
      }
      setFailure({ text: errorMessage(error, t) });
    }
  }

  return (
    <section className="card revision-decision" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planRevisions.decision.heading')}</h2>
      {changeCount === 0 ? (
        <p>{t('planRevisions.decision.noChanges')}</p>
      ) : (
        <p>{t('planRevisions.decision.intro', { year, fy: revision.effectiveFiscalYear })}</p>
      )}
      <div className="actions">
        {changeCount > 0 && (
          <button type="button" className="primary" aria-haspopup="dialog" onClick={() => open('adopt')}>
            {t('planRevisions.decision.adopt')}
          </button>
        )}
        <button type="button" aria-haspopup="dialog" onClick={() => open('discard')}>
          {t('planRevisions.decision.discard')}
        </button>
      </div>
      <ConfirmDialog
        className="confirm-dialog"
        open={step !== null}
        heading={t(step === 'discard' ? 'planRevisions.decision.discardHeading' : 'planRevisions.decision.adoptHeading', { number })}
        confirmLabel={t(step === 'discard' ? 'planRevisions.decision.discard' : 'planRevisions.decision.adopt')}
        busy={busy}
        failure={
          failure && (
            <>
              <p>{failure.text}</p>
              {failure.current && <CurrentHeader current={failure.current} />}
            </>
          )
        }
        onConfirm={() => void confirm()}
        onCancel={() => setStep(null)}
      >
        {step === 'discard' ? (
          <p>{t('planRevisions.decision.discardExplain')}</p>
        ) : (
          <>
            <p>{t('planRevisions.decision.adoptExplain', { count: changeCount, year, fy: revision.effectiveFiscalYear })}</p>
            <p>{t('planRevisions.decision.adoptKeeps')}</p>
          </>
        )}
      </ConfirmDialog>
    </section>
  );
}
