import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { PostItem_PostFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/format';
import { Author } from '../../../ui/Author';
import { focusWritten } from '../../../ui/focusWritten';
import { PlainText } from '../../../ui/PlainText';
import { TextForm } from '../../../ui/TextForm';

graphql(`
  fragment PostItem_post on ThreadPost {
    id
    body
    createdAt
    editedAt
    editableUntil
    author {
      id
      displayName
    }
    revisions {
      id
      body
      replacedAt
    }
  }
`);

const EditPostMutation = graphql(`
  mutation EditThreadPost($postId: ID!, $body: String!) {
    editThreadPost(postId: $postId, body: $body) {
      ...PostItem_post
    }
  }
`);

type Props = {
  post: PostItem_PostFragment;
  /** The viewer wrote it, the thread is open, and the edit window has not passed. */
  canEdit: boolean;
  onAnnounce: (message: string) => void;
};

/** A comment or a reply: who and when, the text, 編集済み with what it said before. */
export function PostItem({ post, canEdit, onAnnounce }: Props) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [edit] = useMutation(EditPostMutation);
  const until = formatDateTime(post.editableUntil, i18n.language);

  async function save(body: string) {
    await edit({ variables: { postId: post.id, body } });
    setEditing(false);
    onAnnounce(t('threads.edited'));
    focusWritten(`[data-post="${post.id}"]`);
  }

  return (
    <li className="post" data-post={post.id} tabIndex={-1}>
      <p className="post-head">
        <Author user={post.author} at={post.createdAt} />
        {post.editedAt && <span className="badge edited">{t('threads.editedBadge')}</span>}
      </p>
      {editing ? (
        <TextForm label={t('threads.editLabel')} submitLabel={t('threads.saveEdit')} initial={post.body} hint={t('threads.editHint', { until })} onSubmit={save} onCancel={() => setEditing(false)} focusOnOpen />
      ) : (
        <PlainText text={post.body} />
      )}
      {post.revisions.length > 0 && (
        <details className="revisions">
          <summary>{t('threads.history', { count: post.revisions.length })}</summary>
          <ol>
            {post.revisions.map((r) => (
              <li key={r.id}>
                <p className="muted small">{t('threads.revisionUntil', { time: formatDateTime(r.replacedAt, i18n.language) })}</p>
                <PlainText text={r.body} />
              </li>
            ))}
          </ol>
        </details>
      )}
      {canEdit && !editing && (
        <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={t('threads.editPostLabel', { name: post.author.displayName })}>
          {t('threads.edit')}
        </button>
      )}
    </li>
  );
}
