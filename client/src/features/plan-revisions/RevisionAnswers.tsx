import { useId, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { errorMessage } from '../../ui/graphqlErrors';
import { ActionSummary, excerptOf, ThreadSummary, type RevisionAction, type RevisionThread } from './AnsweredItems';
import { useRevisionLink, type LinkTarget } from './revisionLinks';

type Props = {
  revisionId: string;
  actions: RevisionAction[];
  threads: RevisionThread[];
  /** Offers to unlink each (政策企画課, a draft). */
  editable: boolean;
  /** After an unlink (or its refusal): the page reads the revision again and says so. */
  onDone: (message: string, failed?: boolean) => Promise<void>;
};

/** この改訂で対応するもの: the improvement actions and council threads the revision answers, for everyone signed in. */
export function RevisionAnswers({ revisionId, actions, threads, editable, onDone }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const link = useRevisionLink();
  const [busy, setBusy] = useState<string | null>(null);

  async function unlink(key: string, target: LinkTarget, what: string) {
    setBusy(key);
    try {
      await link(revisionId, target, false);
      await onDone(t('planRevisions.answers.unlinked', { what }));
    } catch (error) {
      await onDone(errorMessage(error, t), true);
    } finally {
      setBusy(null);
    }
  }

  const unlinkButton = (key: string, target: LinkTarget, what: string) =>
    editable && (
      <button type="button" className="quiet" disabled={busy === key} onClick={() => void unlink(key, target, what)}>
        {t('planRevisions.answers.unlink')}
        <span className="visually-hidden">{t('planRevisions.answers.of', { what })}</span>
      </button>
    );

  return (
    <section className="revision-answers" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('planRevisions.answers.heading')}</h2>
      {actions.length === 0 && threads.length === 0 ? (
        <p className="muted">{t(editable ? 'planRevisions.answers.noneDraft' : 'planRevisions.answers.none')}</p>
      ) : (
        <>
          {actions.length > 0 && (
            <>
              <h3>{t('planRevisions.answers.actions', { count: actions.length })}</h3>
              <ul className="plain-list revision-items">
                {actions.map((a) => {
                  const what = t('planRevisions.answers.actionWhat', { text: excerptOf(a.description) });
                  return (
                    <li key={a.id} className="revision-item">
                      <div>
                        <ActionSummary action={a} />
                      </div>
                      {unlinkButton(`action:${a.id}`, { actionId: a.id }, what)}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {threads.length > 0 && (
            <>
              <h3>{t('planRevisions.answers.threads', { count: threads.length })}</h3>
              <ul className="plain-list revision-items">
                {threads.map((th) => {
                  const what = t('planRevisions.answers.threadWhat', { text: excerptOf(th.posts[0]?.body ?? '') });
                  return (
                    <li key={th.id} className="revision-item">
                      <ThreadSummary thread={th} />
                      {unlinkButton(`thread:${th.id}`, { threadId: th.id }, what)}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
