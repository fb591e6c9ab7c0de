import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { useId, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { RevisionImpactQuery } from '../../gql/graphql';
import { ColumnTable } from '../../ui/ColumnTable';
import { GradeBadge } from '../../ui/GradeBadge';
import { errorMessage } from '../../ui/graphqlErrors';
import { QueryStatus } from '../../ui/QueryStatus';
import { ActionSummary, excerptOf, ThreadSummary } from './AnsweredItems';
import { useRevisionLink, type LinkTarget } from './revisionLinks';

const RevisionImpactQuery = graphql(`
  query RevisionImpact($id: ID!) {
    planRevision(id: $id) {
      id
      gradeEffects {
        fiscalYear
        subjectType
        subjectId
        subject
        gradeBefore
        gradeAfter
      }
      touchedThreads {
        ...RevisionThread_thread
      }
      touchedActions {
        ...RevisionAction_action
      }
    }
  }
`);

/**
 * What adopting the draft would do (政策企画課 only: the server computes grades as the planning
 * division sees them). The page reads it again after each change added or removed, and after a link.
 */
export function useRevisionImpact(revisionId: string, skip: boolean) {
  return useQuery(RevisionImpactQuery, { variables: { id: revisionId }, skip, fetchPolicy: 'cache-and-network' });
}

type Props = {
  revisionId: string;
  impact: ReturnType<typeof useRevisionImpact>;
  hasChanges: boolean;
  /** What the draft answers already: those are marked, not offered again. */
  linked: { actionIds: ReadonlySet<string>; threadIds: ReadonlySet<string> };
  onDone: (message: string, failed?: boolean) => Promise<void>;
};

type Impact = RevisionImpactQuery['planRevision'];

/** 決定した場合の影響: the grades it would change in the years under review, and the open threads and live actions on what it changes. */
export function RevisionImpact({ revisionId, impact, hasChanges, linked, onDone }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const data = impact.data?.planRevision;
  return (
    <section className="card revision-impact" aria-labelledby={headingId} aria-busy={impact.loading}>
      <h2 id={headingId}>{t('planRevisions.impact.heading')}</h2>
      {!hasChanges ? (
        <p>{t('planRevisions.impact.noChanges')}</p>
      ) : !data ? (
        <QueryStatus loading={impact.loading} error={impact.error} />
      ) : (
        <>
          <p className="hint">{t('planRevisions.impact.intro')}</p>
          <GradeEffects effects={data.gradeEffects} />
          <Touched revisionId={revisionId} impact={data} linked={linked} onDone={onDone} />
        </>
      )}
    </section>
  );
}

function GradeEffects({ effects }: { effects: Impact['gradeEffects'] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('planRevisions.impact.gradesHeading')}</h3>
      {effects.length === 0 ? (
        <p>{t('planRevisions.impact.noGrades')}</p>
      ) : (
        <ColumnTable
          className="kpi-table grade-effects"
          caption={t('planRevisions.impact.gradesCaption', { count: effects.length })}
          columns={[t('planRevisions.impact.year'), t('planRevisions.columns.subject'), t('planRevisions.impact.grade')]}
        >
          {effects.map((e) => (
            <tr key={`${e.fiscalYear}/${e.subjectType}/${e.subjectId}`}>
              <td className="num">{fiscalYearLabel(e.fiscalYear)}</td>
              <th scope="row">{e.subject}</th>
              <td className="grade-change">
                <GradeBadge grade={e.gradeBefore} />
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden">{t('planRevisions.impact.from')}</span>
                <GradeBadge grade={e.gradeAfter} />
                <span className="visually-hidden">{t('planRevisions.impact.to')}</span>
              </td>
            </tr>
          ))}
        </ColumnTable>
      )}
    </>
  );
}

type TouchedProps = Pick<Props, 'revisionId' | 'linked' | 'onDone'> & { impact: Impact };

/** The open threads and live actions the draft touches, each offered to be linked as what it answers. */
function Touched({ revisionId, impact, linked, onDone }: TouchedProps) {
  const { t } = useTranslation();
  const link = useRevisionLink();
  const [busy, setBusy] = useState<string | null>(null);

  async function answer(key: string, target: LinkTarget, what: string) {
    setBusy(key);
    try {
      await link(revisionId, target, true);
      await onDone(t('planRevisions.answers.linked', { what }));
    } catch (error) {
      await onDone(errorMessage(error, t), true);
    } finally {
      setBusy(null);
    }
  }

  const control = (key: string, target: LinkTarget, what: string, isLinked: boolean) =>
    isLinked ? (
      <span className="status status-accepted">{t('planRevisions.impact.answered')}</span>
    ) : (
      <button type="button" disabled={busy === key} onClick={() => void answer(key, target, what)}>
        {t('planRevisions.impact.answer')}
        <span className="visually-hidden">{t('planRevisions.answers.of', { what })}</span>
      </button>
    );

  return (
    <>
      <h3>{t('planRevisions.impact.threadsHeading')}</h3>
      {impact.touchedThreads.length === 0 ? (
        <p>{t('planRevisions.impact.noThreads')}</p>
      ) : (
        <ul className="plain-list revision-items">
          {impact.touchedThreads.map((th) => (
            <li key={th.id} className="revision-item">
              <ThreadSummary thread={th} />
              {control(`thread:${th.id}`, { threadId: th.id }, t('planRevisions.answers.threadWhat', { text: excerptOf(th.posts[0]?.body ?? '') }), linked.threadIds.has(th.id))}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('planRevisions.impact.actionsHeading')}</h3>
      {impact.touchedActions.length === 0 ? (
        <p>{t('planRevisions.impact.noActions')}</p>
      ) : (
        <ul className="plain-list revision-items">
          {impact.touchedActions.map((a) => (
            <li key={a.id} className="revision-item">
              <div>
                <ActionSummary action={a} />
              </div>
              {control(`action:${a.id}`, { actionId: a.id }, t('planRevisions.answers.actionWhat', { text: excerptOf(a.description) }), linked.actionIds.has(a.id))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
