import { fiscalYearLabel } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { RevisionAction_ActionFragment, RevisionThread_ThreadFragment } from '../../gql/graphql';
import { PlainText } from '../../ui/PlainText';
import { ThreadLink } from '../../ui/thread/ThreadLink';

graphql(`
  fragment RevisionAction_action on ImprovementAction {
    id
    description
    status
    originFiscalYear
    ownerDepartment {
      id
      name
    }
  }
`);

graphql(`
  fragment RevisionThread_thread on ReviewThread {
    ...ThreadLink_thread
    cycle {
      id
      fiscalYear
    }
  }
`);

export type RevisionAction = RevisionAction_ActionFragment;
export type RevisionThread = RevisionThread_ThreadFragment;

const EXCERPT = 30;

/** An action or a thread named in a button's hidden words (「この改訂で対応する：…」), to tell the buttons of a list apart. */
export function excerptOf(text: string): string {
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text;
}

/** An improvement action as a revision lists it: how it stands, who carries it, from which year's review, and what it is. */
export function ActionSummary({ action, id }: { action: RevisionAction; id?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="action-head">
        <span className={`status action-${action.status.toLowerCase()}`}>{t(`improvement.statuses.${action.status}`)}</span>
        <span>{t('improvement.owner', { name: action.ownerDepartment?.name ?? t('roles.PLANNING') })}</span>
        <span className="muted">{t('improvement.origin', { year: fiscalYearLabel(action.originFiscalYear) })}</span>
      </p>
      <PlainText text={action.description} id={id} />
    </>
  );
}

/** A council thread as a revision lists it: a link to it on its review's page, and that review's year. */
export function ThreadSummary({ thread }: { thread: RevisionThread }) {
  const { t } = useTranslation();
  const { cycle } = thread;
  // A revision answers threads of reviews only (the server refuses to link a comment on a revision).
  if (!cycle) return null;
  return (
    <p className="revision-thread">
      <ThreadLink cycleId={cycle.id} thread={thread} />
      <span className="muted">{t('planRevisions.answers.threadYear', { year: fiscalYearLabel(cycle.fiscalYear) })}</span>
    </p>
  );
}
