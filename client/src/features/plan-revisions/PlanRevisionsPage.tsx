import { useMutation, useQuery } from '@apollo/client/react';
import { fiscalYearLabel, periodLabel } from '@kaizen/shared';
import { useEffect, useId, useRef } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { PlanRevisionsQuery } from '../../gql/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { ColumnTable } from '../../ui/ColumnTable';
import { formatDate } from '../../ui/format';
import { errorMessage } from '../../ui/graphqlErrors';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useViewer } from '../auth/viewer';
import { revisionPath } from './paths';
import { RevisionHeaderForm } from './RevisionHeaderForm';
import { useRevisionLink } from './revisionLinks';
import { defaultEffectiveYear, periodYears } from './revisionYears';
import { RevisionStateBadge } from '../../ui/revision/RevisionStateBadge';
import './plan-revisions.css';

const PlanRevisionsQuery = graphql(`
  query PlanRevisions($strategyId: ID!) {
    strategy(id: $strategyId) {
      id
      title
      periodStartFY
      periodEndFY
      revisions {
        id
        number
        title
        state
        effectiveFiscalYear
        decidedBy
        decidedOn
      }
    }
  }
`);

const CreatePlanRevisionMutation = graphql(`
  mutation CreatePlanRevision($strategyId: ID!, $input: PlanRevisionInput!) {
    createPlanRevision(strategyId: $strategyId, input: $input) {
      id
    }
  }
`);

type Strategy = PlanRevisionsQuery['strategy'];

/** 計画の改訂: a plan's revisions, newest first, and for the planning division a new draft. */
export function PlanRevisionsPage() {
  const { t } = useTranslation();
  const { strategyId = '' } = useParams();
  const { viewer } = useViewer();
  // From an improvement action's 計画の改訂案を作る: the new draft answers it.
  const fromAction = useSearchParams()[0].get('fromAction');
  const { data, loading, error } = useQuery(PlanRevisionsQuery, { variables: { strategyId }, fetchPolicy: 'cache-and-network' });
  useDocumentTitle(t('planRevisions.title'));
  if (!data) return <QueryStatus loading={loading} error={error} />;
  const { strategy } = data;
  return (
    <>
      <Breadcrumb links={[{ to: `/strategies/${strategy.id}`, label: strategy.title }]} current={t('planRevisions.title')} />
      <h1>{t('planRevisions.title')}</h1>
      <p className="lead">
        {strategy.title}・{t('planRevisions.period', { period: periodLabel(strategy.periodStartFY, strategy.periodEndFY) })}
      </p>
      <p>{t('planRevisions.intro')}</p>
      <RevisionList strategy={strategy} />
      {viewer?.role === 'PLANNING' && <CreateRevisionForm strategy={strategy} fromAction={fromAction} />}
    </>
  );
}

function RevisionList({ strategy }: { strategy: Strategy }) {
  const { t, i18n } = useTranslation();
  if (strategy.revisions.length === 0) return <p className="muted">{t('planRevisions.none')}</p>;
  // Newest first: the draft under way, then the plan's latest revisions.
  const revisions = [...strategy.revisions].reverse();
  return (
    <ColumnTable
      className="kpi-table revision-list"
      caption={t('planRevisions.listCaption')}
      columns={[t('planRevisions.revision'), t('planRevisions.state'), t('planRevisions.header.effectiveFiscalYear'), t('planRevisions.header.decidedBy'), t('planRevisions.header.decidedOn')]}
    >
      {revisions.map((r) => (
        <tr key={r.id}>
          <th scope="row">
            <Link to={revisionPath(r.id)}>
              <span className="revision-number">{t('planRevisions.number', { number: r.number })}</span> {r.title}
            </Link>
          </th>
          <td>
            <RevisionStateBadge state={r.state} />
          </td>
          <td className="num">{t('planRevisions.fromYear', { year: fiscalYearLabel(r.effectiveFiscalYear), fy: r.effectiveFiscalYear })}</td>
          <td>{r.decidedBy ?? '–'}</td>
          <td className="num">{r.decidedOn ? formatDate(r.decidedOn, i18n.language) : '–'}</td>
        </tr>
      ))}
    </ColumnTable>
  );
}

/** What the draft's page says first: that it was made, and whether the action it answers could be linked. */
export type CreatedState = { created: true; linked?: boolean; linkFailed?: string };

/** Starts a draft (政策企画課) and opens it, to add its changes there; from an improvement action, linked to it. */
function CreateRevisionForm({ strategy, fromAction }: { strategy: Strategy; fromAction: string | null }) {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const [create] = useMutation(CreatePlanRevisionMutation);
  const link = useRevisionLink();
  const section = useRef<HTMLElement>(null);
  // Come from an action for this form: it takes focus (and scrolls into view) below the list.
  useEffect(() => {
    if (fromAction) section.current?.focus();
  }, [fromAction]);
  return (
    <section ref={section} tabIndex={fromAction ? -1 : undefined} className="card revision-create" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planRevisions.create')}</h2>
      {fromAction && <p className="notice revision-from-action">{t('planRevisions.fromAction')}</p>}
      <p className="hint">{t('planRevisions.createIntro')}</p>
      <RevisionHeaderForm
        labelledBy={headingId}
        initial={{ title: '', effectiveFiscalYear: defaultEffectiveYear(strategy), decidedBy: '', decidedOn: '', reason: '' }}
        years={periodYears(strategy)}
        submitLabel={t('planRevisions.createSubmit')}
        onSubmit={async (input) => {
          const { data } = await create({ variables: { strategyId: strategy.id, input } });
          const id = data!.createPlanRevision.id;
          const state: CreatedState = { created: true };
          // The draft stands either way: a refused link is said on its page.
          if (fromAction) {
            await link(id, { actionId: fromAction }, true).then(
              () => (state.linked = true),
              (error: unknown) => (state.linkFailed = errorMessage(error, t)),
            );
          }
          // The draft's page says it was made, and takes focus there.
          navigate(revisionPath(id), { state });
        }}
      />
    </section>
  );
}
