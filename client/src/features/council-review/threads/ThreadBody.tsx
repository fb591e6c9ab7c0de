import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { PostItem_PostFragment, ThreadView_ThreadFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/viewer';
import type { ReviewCycleHead } from './AnchorThreads';
import { CreateActionForm } from '../actions/CreateActionForm';
import { focusWritten } from '../../../ui/focusWritten';
import { PostItem } from './PostItem';
import { RespondForm } from '../responses/RespondForm';
import { SettleControls } from './SettleControls';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextForm } from '../../../ui/TextForm';

const ReplyMutation = graphql(`
  mutation ReplyToThread($threadId: ID!, $body: String!) {
    replyToThread(threadId: $threadId, body: $body) {
      ...PostItem_post
    }
  }
`);

type Props = {
  thread: ThreadView_ThreadFragment;
  replies: PostItem_PostFragment[];
  canEdit: (post: PostItem_PostFragment) => boolean;
  /** None for a comment on a revision: answered by reply, with no formal response or action. */
  cycle: ReviewCycleHead | null;
  /** The thread's heading: buttons acting on the thread name it in their description. */
  titleId: string;
  onAnnounce: (message: string) => void;
};

type Writing = 'respond' | 'reply';

/**
 * An opened thread: its replies, then what the viewer may do (reply, answer, settle). A department
 * that may both answer and reply picks one, told which is which: one form at a time, never two
 * required forms stacked.
 */
export function ThreadBody({ thread, replies, canEdit, cycle, titleId, onAnnounce }: Props) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [reply] = useMutation(ReplyMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  // The planning division answers for itself (department null) on a goal.
  const own = thread.responses.find((r) => (viewer?.role === 'DEPARTMENT' ? r.department?.id === viewer.department?.id : !r.department)) ?? null;
  const [answering, setAnswering] = useState(!own);
  const [writing, setWriting] = useState<Writing>('respond');
  const choosing = thread.viewerCan.reply && thread.viewerCan.respond && answering;
  const shows = (form: Writing) => !choosing || writing === form;
  // As the server's rule: actions are committed to while the council reviews and the departments answer.
  const mayCreateAction = viewer?.role === 'PLANNING' && (cycle?.state === 'REVIEWING' || cycle?.state === 'RESPONDING');

  function answered(responseId: string) {
    setAnswering(false);
    focusWritten(`[data-response="${responseId}"]`);
  }

  async function send(body: string) {
    const { data } = await reply({ variables: { threadId: thread.id, body } });
    onAnnounce(t('threads.replied'));
    focusWritten(`[data-post="${data!.replyToThread.id}"]`);
  }

  return (
    <>
      {replies.length > 0 && (
        <ol className="plain-list posts replies" aria-label={t('threads.replies')}>
          {replies.map((p) => (
            <PostItem key={p.id} post={p} canEdit={canEdit(p)} onAnnounce={onAnnounce} />
          ))}
        </ol>
      )}
      {choosing && (
        <div className="write-choice">
          <RadioGroup
            legend={t('threads.writeChoice')}
            required={false}
            options={(['respond', 'reply'] as const).map((w) => ({ value: w, label: t(`threads.write.${w}`), meaning: t(`threads.write.${w}Meaning`) }))}
            value={writing}
            onChange={setWriting}
          />
          <p className="hint">{t('threads.whoAnswers', { names: thread.responsibleDepartments.map((d) => d.name).join('・') || t('roles.PLANNING') })}</p>
        </div>
      )}
      {thread.viewerCan.reply && shows('reply') && <TextForm label={t('threads.replyLabel')} submitLabel={t('threads.reply')} onSubmit={send} />}
      {cycle &&
        thread.viewerCan.respond &&
        (answering ? (
          shows('respond') && <section className="respond" aria-label={t('threads.respondHeading')}>
            <p className="form-title">{t('threads.respondHeading')}</p>
            <RespondForm threadId={thread.id} own={own} fiscalYear={cycle.fiscalYear} onDone={answered} onCancel={own ? () => setAnswering(false) : undefined} onAnnounce={onAnnounce} />
          </section>
        ) : (
          <button type="button" onClick={() => setAnswering(true)} aria-describedby={titleId}>
            {t('threads.editAnswer')}
          </button>
        ))}
      {(thread.viewerCan.settle || thread.viewerCan.reopen) && <SettleControls thread={thread} titleId={titleId} onAnnounce={onAnnounce} />}
      {cycle && mayCreateAction && <CreateActionForm threadId={thread.id} cycleId={cycle.id} responsible={thread.responsibleDepartments} fiscalYear={cycle.fiscalYear} titleId={titleId} onAnnounce={onAnnounce} />}
    </>
  );
}
