import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { CommentKind, ThreadAnchor } from '../../../gql/graphql';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextForm } from '../../../ui/TextForm';

const StartThreadMutation = graphql(`
  mutation StartThread($input: StartThreadInput!) {
    startThread(input: $input) {
      id
    }
  }
`);

const KINDS: CommentKind[] = ['QUESTION', 'OPINION', 'RECOMMENDATION'];

type Props = { cycleId: string | null; anchor: ThreadAnchor; anchorId: string; onDone: (threadId: string) => void; onCancel: () => void };

/** A council member's comment on a goal, a measure, a KPI or a draft revision: 質問 / 意見 / 提言 and the text. */
export function StartThreadForm({ cycleId, anchor, anchorId, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CommentKind>('QUESTION');
  // The new thread shows up in the anchor's list once the page's queries are read again.
  const [start] = useMutation(StartThreadMutation, { refetchQueries: 'active', awaitRefetchQueries: true });

  async function post(body: string) {
    // The server counts the thread as read by its author: only others' answers make it 未読 for them.
    const { data } = await start({ variables: { input: { cycleId, anchor, anchorId, kind, body } } });
    onDone(data!.startThread.id);
  }

  return (
    <TextForm label={t('threads.body')} hint={t('threads.bodyHint')} submitLabel={t('threads.post')} onSubmit={post} onCancel={onCancel} focusOnOpen>
      <RadioGroup legend={t('threads.kind')} options={KINDS.map((k) => ({ value: k, label: t(`threads.kinds.${k}`) }))} value={kind} onChange={setKind} />
    </TextForm>
  );
}
