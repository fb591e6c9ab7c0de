import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import type { CycleState, ThreadAnchor, ThreadView_ThreadFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/viewer';
import { focusWritten } from '../../../ui/focusWritten';
import { below, Heading, type Level } from '../../../ui/Heading';
import { StartThreadForm } from './StartThreadForm';
import { ThreadView } from './ThreadView';

export type ReviewCycleHead = { id: string; fiscalYear: number; state: CycleState };

type Props = {
  /** The review the threads are in; none for comments on a revision. */
  cycle: ReviewCycleHead | null;
  /** Whether council members may open a thread here now (the cycle is REVIEWING, the revision a draft). */
  commentsOpen: boolean;
  anchor: ThreadAnchor;
  anchorId: string;
  /** What the threads are on, for the headings and buttons (e.g. a KPI's name). */
  anchorLabel: string;
  threads: ThreadView_ThreadFragment[];
  level: Level;
};

/** The council's threads on one goal, measure, KPI or draft revision, and コメントする while comments are open. */
export function AnchorThreads({ cycle, commentsOpen, anchor, anchorId, anchorLabel, threads, level }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { viewer } = useViewer();
  const [writing, setWriting] = useState(false);
  const [message, setMessage] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const mayStart = viewer?.role === 'COUNCIL' && commentsOpen;

  function close(threadId?: string) {
    setWriting(false);
    setMessage(threadId ? t('threads.posted') : '');
    // The form goes away: focus moves to the new thread, or back to where the form was opened.
    if (threadId) focusWritten(`[data-thread="${threadId}"]`);
    else requestAnimationFrame(() => button.current?.focus());
  }

  return (
    <section className="anchor-threads" aria-labelledby={`${id}-heading`}>
      <Heading level={level} id={`${id}-heading`}>
        {t('threads.heading', { count: threads.length })}
        <span className="visually-hidden">{t('threads.on', { name: anchorLabel })}</span>
      </Heading>
      {threads.length === 0 && <p className="muted small">{t('threads.none')}</p>}
      {threads.map((thread) => (
        <ThreadView key={thread.id} thread={thread} cycle={cycle} level={below(level)} />
      ))}
      {mayStart &&
        (writing ? (
          <StartThreadForm cycleId={cycle?.id ?? null} anchor={anchor} anchorId={anchorId} onDone={close} onCancel={() => close()} />
        ) : (
          <button ref={button} type="button" onClick={() => setWriting(true)}>
            {t('threads.comment')}
            <span className="visually-hidden">{t('threads.on', { name: anchorLabel })}</span>
          </button>
        ))}
      <p className="status-line" role="status">
        {message}
      </p>
    </section>
  );
}
