import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import { focusWritten } from '../../../ui/focusWritten';
import { formErrorOf } from '../../../ui/formError';
import { TextForm } from '../../../ui/TextForm';

// The thread's permissions change with its status: read them back with it.
graphql(`
  fragment SettleControls_thread on ReviewThread {
    id
    status
    version
    leftReason
    viewerCan {
      reply
      respond
      settle
      reopen
    }
  }
`);

const ResolveMutation = graphql(`
  mutation ResolveThread($id: ID!, $expectedVersion: Int!) {
    resolveThread(id: $id, expectedVersion: $expectedVersion) {
      ...SettleControls_thread
    }
  }
`);

const ReopenMutation = graphql(`
  mutation ReopenThread($id: ID!, $expectedVersion: Int!) {
    reopenThread(id: $id, expectedVersion: $expectedVersion) {
      ...SettleControls_thread
    }
  }
`);

const LeaveMutation = graphql(`
  mutation LeaveThread($id: ID!, $expectedVersion: Int!, $reason: String!) {
    leaveThread(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      ...SettleControls_thread
    }
  }
`);

type Props = {
  thread: { id: string; version: number; viewerCan: { settle: boolean; reopen: boolean } };
  /** The thread's heading, which the buttons act on. */
  titleId: string;
  onAnnounce: (message: string) => void;
};

/** 政策企画課: 解決 / 対応不要として終了 (with a reason) / 再開. */
export function SettleControls({ thread, titleId, onAnnounce }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [resolve] = useMutation(ResolveMutation);
  const [reopen] = useMutation(ReopenMutation);
  const [leave] = useMutation(LeaveMutation);
  const variables = { id: thread.id, expectedVersion: thread.version };

  async function run(write: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    try {
      await write();
      onAnnounce(done);
      // The button pressed is gone (解決 turns into 再開): focus stays on the thread, whose badges changed.
      focusWritten(`[data-thread="${thread.id}"]`);
    } catch (e) {
      setError(formErrorOf(e, t).message);
    } finally {
      setBusy(false);
    }
  }

  async function leaveWith(reason: string) {
    await leave({ variables: { ...variables, reason } });
    setLeaving(false);
    onAnnounce(t('threads.leftDone'));
    focusWritten(`[data-thread="${thread.id}"]`);
  }

  return (
    <div className="settle" role="group" aria-labelledby={`${id}-heading`}>
      <p className="form-title" id={`${id}-heading`}>
        {t('threads.settleHeading')}
      </p>
      {thread.viewerCan.settle && !leaving && (
        <div className="actions">
          {/* Secondary, not primary: on the same thread 返信する is the form's main button, and a resolve is not a reply. */}
          <button type="button" className="secondary" disabled={busy} aria-describedby={titleId} onClick={() => run(() => resolve({ variables }), t('threads.resolvedDone'))}>
            {t('threads.resolve')}
          </button>
          <button type="button" className="quiet" disabled={busy} aria-describedby={titleId} onClick={() => setLeaving(true)}>
            {t('threads.leave')}
          </button>
        </div>
      )}
      {leaving && <TextForm label={t('threads.leaveReason')} field="reason" submitLabel={t('threads.leaveConfirm')} onSubmit={leaveWith} onCancel={() => setLeaving(false)} focusOnOpen />}
      {thread.viewerCan.reopen && (
        <button type="button" className="secondary" disabled={busy} aria-describedby={titleId} onClick={() => run(() => reopen({ variables }), t('threads.reopenedDone'))}>
          {t('threads.reopen')}
        </button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
