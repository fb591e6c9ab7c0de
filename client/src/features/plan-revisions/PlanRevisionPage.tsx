import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { PlanRevisionQuery } from '../../gql/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { formatDate, formatDateTime } from '../../ui/format';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useViewer } from '../auth/viewer';
import { LiveStatus } from '../live/LiveStatus';
import { useRevisionActivity } from '../live/useRevisionActivity';
import { ChangesTable } from './ChangesTable';
import { EditRevisionHeader } from './EditRevisionHeader';
import { comparisonPath, strategyRevisionsPath } from './paths';
import { PlanChangeForm } from './PlanChangeForm';
import { PlanOptionsQuery } from './planOptions';
import type { CreatedState } from './PlanRevisionsPage';
import { ProposeIndicatorForm } from './ProposeIndicatorForm';
import { ProposePlanItemForm } from './ProposePlanItemForm';
import { RevisionAnswers } from './RevisionAnswers';
import { RevisionComments } from './RevisionComments';
import { RevisionDecision } from './RevisionDecision';
import { RevisionImpact, useRevisionImpact } from './RevisionImpact';
import { RevisionStateBadge } from '../../ui/revision/RevisionStateBadge';
import './plan-revisions.css';

const PlanRevisionQuery = graphql(`
  query PlanRevision($id: ID!) {
    planRevision(id: $id) {
      id
      number
      title
      state
      effectiveFiscalYear
      decidedBy
      decidedOn
      reason
      version
      createdAt
      adoptedAt
      updatedAt
      createdBy {
        id
        displayName
      }
      closedBy {
        id
        displayName
      }
      strategy {
        id
        title
        periodStartFY
        periodEndFY
      }
      changes {
        id
        subjectType
        subjectId
        subject
        action
        field
        after
        beforeText
        afterText
        reason
      }
      answersActions {
        ...RevisionAction_action
      }
      answersThreads {
        ...RevisionThread_thread
      }
      comments {
        ...RevisionComments_thread
      }
    }
  }
`);

const RevisionPlanQuery = graphql(`
  query RevisionPlan($strategyId: ID!, $version: PlanVersionInput) {
    strategy(id: $strategyId) {
      id
      planInForce(version: $version) {
        strategy {
          id
          title
          periodStartFY
          periodEndFY
        }
        indicators {
          id
          key
          kind
          name
          unit
          targetKind
          direction
          basis
          startFY
          retiredFromFY
          target {
            value
            text
            fiscalYear
            note
          }
          baseline {
            value
            text
            note
          }
          yearlyTargets {
            fiscalYear
            value
            text
            intermediate
          }
          departments {
            id
            name
          }
          measures {
            id
            code
          }
        }
      }
    }
  }
`);

type Revision = PlanRevisionQuery['planRevision'];
type Message = { text: string; failed?: boolean };

/** One revision: what it is, its changes; for the planning division on a draft, editing it, adding changes, adopting or withdrawing it. */
export function PlanRevisionPage() {
  const { t } = useTranslation();
  const { revisionId = '' } = useParams();
  const { viewer } = useViewer();
  const arrival = useLocation().state as CreatedState | null;
  const created = arrival?.created === true;
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(PlanRevisionQuery, { variables: { id: revisionId }, fetchPolicy: 'cache-and-network' });
  const revision = data?.planRevision;
  // The plan as this revision makes it (a withdrawn one has none: as adopted today). Not cached: its
  // rows carry the ids of the plan's own, and would overwrite them in every other page's reading.
  const plan = useQuery(RevisionPlanQuery, {
    variables: { strategyId: revision?.strategy.id ?? '', version: revision?.state === 'DISCARDED' ? null : { revisionId } },
    skip: !revision,
    fetchPolicy: 'no-cache',
  });
  // Only the planning division revises, and only a draft (the server says the same).
  const editable = viewer?.role === 'PLANNING' && revision?.state === 'DRAFT';
  const impact = useRevisionImpact(revisionId, !editable);
  const options = useQuery(PlanOptionsQuery, { variables: { strategyId: revision?.strategy.id ?? '' }, skip: !editable });
  const [message, setMessage] = useState<Message | null>(() => (arrival?.created ? createdMessage(arrival, t) : null));
  const [editing, setEditing] = useState(false);
  const messageRef = useRef<HTMLDivElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  useDocumentTitle(revision ? `${t('planRevisions.number', { number: revision.number })} ${revision.title}` : t('planRevisions.title'));
  /** The revision, the plan it makes and what adopting it would do, read again after a write (or a refusal: someone else's write). */
  const readAgain = () => Promise.all([refetch(), plan.refetch(), editable && impact.refetch()]);
  // Others' edits of the draft (and its comments) as they commit: read again like one's own.
  const live = useRevisionActivity(revision?.id, readAgain);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  // Said once: a reload of the page does not say the draft was just made.
  useEffect(() => {
    if (created) navigate('.', { replace: true, state: null });
  }, [created, navigate]);

  if (!revision) return <QueryStatus loading={loading} error={error} />;
  const inForce = plan.data?.strategy.planInForce;

  /** After a write: read again, then what was done, focused. */
  async function done(text: string, failed?: boolean) {
    await readAgain();
    setMessage({ text, failed });
  }

  return (
    <>
      <Breadcrumb links={[{ to: strategyRevisionsPath(revision.strategy.id), label: t('planRevisions.title') }]} current={t('planRevisions.number', { number: revision.number })} />
      <p className="eyebrow">{revision.strategy.title}</p>
      <h1>
        <span className="revision-number">{t('planRevisions.number', { number: revision.number })}</span> {revision.title}
      </h1>
      {message && (
        <div ref={messageRef} tabIndex={-1} role={message.failed ? 'alert' : 'status'} className={message.failed ? 'form-error revision-message' : 'notice revision-message'}>
          <p>{message.text}</p>
        </div>
      )}
      {revision.state === 'DRAFT' && <LiveStatus connected={live.connected} />}
      <RevisionFacts revision={revision} />
      {editable && !editing && (
        <p>
          <button
            ref={editButton}
            type="button"
            onClick={() => {
              setMessage(null);
              setEditing(true);
            }}
          >
            {t('planRevisions.header.edit')}
          </button>
        </p>
      )}
      {editable && editing && (
        <EditRevisionHeader
          revision={revision}
          period={revision.strategy}
          onDone={(text) => {
            setEditing(false);
            if (text) void done(text);
            // Cancelled: back to the button that opened the form.
            else requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      )}
      <section aria-labelledby="revision-changes">
        <h2 id="revision-changes">{t('planRevisions.changesHeading')}</h2>
        {revision.state !== 'DISCARDED' && (
          <p>
            <Link to={comparisonPath(revision.id)}>{t('planRevisions.toComparison')}</Link>
          </p>
        )}
        <ChangesTable changes={revision.changes} reason={revision.reason} editable={editable} onDone={done} />
      </section>
      <RevisionComments revisionId={revision.id} state={revision.state} comments={revision.comments} />
      <RevisionAnswers revisionId={revision.id} actions={revision.answersActions} threads={revision.answersThreads} editable={editable} onDone={done} />
      {editable && (
        <RevisionImpact
          revisionId={revision.id}
          impact={impact}
          hasChanges={revision.changes.length > 0}
          linked={{ actionIds: new Set(revision.answersActions.map((a) => a.id)), threadIds: new Set(revision.answersThreads.map((th) => th.id)) }}
          onDone={done}
        />
      )}
      {editable &&
        (inForce && options.data ? (
          <PlanChangeForm revisionId={revision.id} plan={inForce} options={options.data.strategy} period={revision.strategy} changes={revision.changes} onDone={done} />
        ) : (
          <QueryStatus loading={plan.loading || options.loading} error={plan.error ?? options.error} />
        ))}
      {editable && <ProposeIndicatorForm revisionId={revision.id} strategyId={revision.strategy.id} onDone={done} />}
      {editable && options.data && <ProposePlanItemForm revisionId={revision.id} options={options.data.strategy} period={revision.strategy} onDone={done} />}
      {editable && <RevisionDecision revision={revision} changes={revision.changes} reload={readAgain} onDone={(text, failed) => setMessage({ text, failed })} />}
    </>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

/** Said on arriving from the new-draft form: made, and (from an improvement action) linked to it or not. */
function createdMessage(arrival: CreatedState, t: T): Message {
  if (arrival.linkFailed) return { text: t('planRevisions.createdLinkFailed', { detail: arrival.linkFailed }), failed: true };
  return { text: t(arrival.linked ? 'planRevisions.createdLinked' : 'planRevisions.created') };
}

/** 状態・適用年度・決定・理由, and who drafted and who settled it. */
function RevisionFacts({ revision: r }: { revision: Revision }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="facts revision-facts">
      <dt>{t('planRevisions.state')}</dt>
      <dd>
        <RevisionStateBadge state={r.state} /> <span className="muted">{t(`planRevisions.stateMeaning.${r.state}`)}</span>
      </dd>
      <dt>{t('planRevisions.header.effectiveFiscalYear')}</dt>
      <dd>{t('planRevisions.fromYear', { year: fiscalYearLabel(r.effectiveFiscalYear), fy: r.effectiveFiscalYear })}</dd>
      <dt>{t('planRevisions.header.decidedBy')}</dt>
      <dd>{r.decidedBy ?? '–'}</dd>
      <dt>{t('planRevisions.header.decidedOn')}</dt>
      <dd>{r.decidedOn ? formatDate(r.decidedOn, i18n.language) : '–'}</dd>
      <dt>{t('planRevisions.header.reason')}</dt>
      <dd className="pre-wrap">{r.reason}</dd>
      <dt>{t('planRevisions.drafted')}</dt>
      <dd>
        {r.createdBy?.displayName ?? t('planRevisions.byImport')}・<time dateTime={r.createdAt}>{formatDateTime(r.createdAt, i18n.language)}</time>
      </dd>
      {r.state !== 'DRAFT' && (
        <>
          <dt>{t(r.state === 'ADOPTED' ? 'planRevisions.adoptedBy' : 'planRevisions.discardedBy')}</dt>
          <dd>
            {r.closedBy?.displayName ?? '–'}・<time dateTime={r.adoptedAt ?? r.updatedAt}>{formatDateTime(r.adoptedAt ?? r.updatedAt, i18n.language)}</time>
          </dd>
        </>
      )}
    </dl>
  );
}
