import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { ThreadView_ThreadFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/viewer';
import { ActionList } from '../actions/ActionItem';
import type { ReviewCycleHead } from './AnchorThreads';
import { Heading, type Level } from '../../../ui/Heading';
import { useLinkedThread } from './linkedThread';
import { MarkThreadReadMutation } from './markRead';
import { PostItem } from './PostItem';
import { ResponseItem } from '../responses/ResponseItem';
import { ThreadBody } from './ThreadBody';
import { ThreadBadges } from './ThreadBadges';
import { threadHash } from '../paths';

graphql(`
  fragment ThreadView_thread on ReviewThread {
    id
    kind
    status
    version
    awaitingResponse
    unread
    leftReason
    responsibleDepartments {
      id
      name
    }
    viewerCan {
      reply
      respond
      settle
      reopen
    }
    posts {
      ...PostItem_post
    }
    responses {
      ...ResponseItem_response
    }
    actions {
      ...ActionItem_action
    }
  }
`);

type Props = { thread: ThreadView_ThreadFragment; cycle: ReviewCycleHead | null; level: Level };

/**
 * One council thread: the opening comment and the departments' answers always in view; replies and
 * what the viewer may do behind a disclosure. Opening it marks it read (again, while it stays open
 * and something new arrives).
 */
export function ThreadView({ thread, cycle, level }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { viewer } = useViewer();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [markRead] = useMutation(MarkThreadReadMutation);
  const heading = useRef<HTMLHeadingElement>(null);
  useLinkedThread(thread.id, heading, () => setOpen(true));
  useEffect(() => {
    if (open && thread.unread) void markRead({ variables: { id: thread.id } }).catch(() => undefined);
  }, [open, thread.unread, thread.id, markRead]);

  const [first, ...replies] = thread.posts;
  // A response shows its own actions: the rest were registered on the thread by 政策企画課.
  const fromResponses = new Set(thread.responses.flatMap((r) => r.actions.map((a) => a.id)));
  const ownActions = thread.actions.filter((a) => !fromResponses.has(a.id));
  const canEdit = (post: (typeof thread.posts)[number]) => thread.viewerCan.reply && post.author.id === viewer?.id && Date.parse(post.editableUntil) > Date.now();
  return (
    <article id={threadHash(thread.id).slice(1)} className={`thread card thread-${thread.status.toLowerCase()}`} aria-labelledby={`${id}-title`} data-thread={thread.id} tabIndex={-1}>
      <Heading ref={heading} level={level} id={`${id}-title`} className="thread-title" tabIndex={-1}>
        {t('threads.title', { kind: t(`threads.kinds.${thread.kind}`), name: first.author.displayName })}
      </Heading>
      <ThreadBadges thread={thread} />
      <ol className="plain-list posts">
        <PostItem post={first} canEdit={canEdit(first)} onAnnounce={setMessage} />
      </ol>
      {thread.responses.length > 0 && (
        <ul className="plain-list responses" aria-label={t('threads.responses')}>
          {thread.responses.map((r) => (
            <ResponseItem key={r.id} response={r} onAnnounce={setMessage} frozen={cycle?.state === 'CLOSED'} />
          ))}
        </ul>
      )}
      {ownActions.length > 0 && <ActionList actions={ownActions} label={t('improvement.ofThread')} onAnnounce={setMessage} frozen={cycle?.state === 'CLOSED'} />}
      {thread.leftReason && <p className="notice">{t('threads.leftBecause', { reason: thread.leftReason })}</p>}
      <button type="button" className="disclosure" aria-expanded={open} aria-controls={`${id}-body`} aria-describedby={`${id}-title`} onClick={() => setOpen(!open)}>
        {open ? t('threads.close') : t('threads.open', { count: replies.length })}
      </button>
      <div id={`${id}-body`} hidden={!open}>
        {open && <ThreadBody thread={thread} replies={replies} canEdit={canEdit} cycle={cycle} titleId={`${id}-title`} onAnnounce={setMessage} />}
      </div>
      <p className="status-line" role="status">
        {message}
      </p>
    </article>
  );
}
