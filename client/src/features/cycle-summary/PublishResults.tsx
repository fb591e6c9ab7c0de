import { useMutation } from '@apollo/client/react';
import { todayInJapan } from '@kaizen/shared';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDate } from '../../ui/format';
import { errorCode, errorMessage } from '../../ui/graphqlErrors';
import { TextField } from '../../ui/TextField';
import { publishedCyclePath } from '../published-results/paths';

const PublishReviewCycleMutation = graphql(`
  mutation PublishReviewCycle($id: ID!, $expectedVersion: Int!) {
    publishReviewCycle(id: $id, expectedVersion: $expectedVersion) {
      id
      version
      publishedAt
    }
  }
`);

const UnpublishReviewCycleMutation = graphql(`
  mutation UnpublishReviewCycle($id: ID!, $expectedVersion: Int!, $reason: String!) {
    unpublishReviewCycle(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      id
      version
      publishedAt
    }
  }
`);

type Props = { cycle: { id: string; version: number; state: string; publishedAt?: string | null }; canPublish: boolean };

/** 公開: a closed cycle's results for everyone, signed out too; the planning division publishes, after saying what becomes public. */
export function PublishResults({ cycle, canPublish }: Props) {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [justPublished, setJustPublished] = useState(false);
  const done = useRef<HTMLParagraphElement>(null);
  const [publish, { loading }] = useMutation(PublishReviewCycleMutation, { refetchQueries: ['CycleSummary'] });
  useEffect(() => {
    if (justPublished) done.current?.focus();
  }, [justPublished]);

  if (cycle.state !== 'CLOSED') return null;
  if (cycle.publishedAt) {
    return (
      <section aria-labelledby="publish-heading" className="publish-results">
        <h2 id="publish-heading">{t('published.publish.heading')}</h2>
        <p ref={done} tabIndex={-1} className="notice">
          {justPublished ? t('published.publish.done') : t('published.publish.published', { date: formatDate(todayInJapan(new Date(cycle.publishedAt)), i18n.language) })}{' '}
          <Link to={publishedCyclePath(cycle.id)}>{t('published.publish.view')}</Link>
        </p>
        {canPublish && <WithdrawPublication cycle={cycle} onWithdrawn={() => setJustPublished(false)} />}
      </section>
    );
  }
  if (!canPublish) return null;

  async function onConfirm() {
    setFailure(null);
    try {
      await publish({ variables: { id: cycle.id, expectedVersion: cycle.version } });
      setConfirming(false);
      setJustPublished(true);
    } catch (error) {
      setFailure(errorCode(error) === 'CONFLICT' ? t('move.conflict') : errorMessage(error, t));
    }
  }

  return (
    <section aria-labelledby="publish-heading" className="publish-results">
      <h2 id="publish-heading">{t('published.publish.heading')}</h2>
      <p>{t('published.publish.about')}</p>
      <button type="button" className="primary" aria-haspopup="dialog" onClick={() => setConfirming(true)}>
        {t('published.publish.button')}
      </button>
      <ConfirmDialog
        open={confirming}
        heading={t('published.publish.heading')}
        confirmLabel={t('published.publish.confirm')}
        busy={loading}
        failure={failure}
        onConfirm={() => void onConfirm()}
        onCancel={() => setConfirming(false)}
      >
        <p>{t('published.publish.about')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** Withdraws a publication (a post naming a citizen, a figure found wrong), with the reason the audit log keeps. */
function WithdrawPublication({ cycle, onWithdrawn }: { cycle: { id: string; version: number }; onWithdrawn: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [unpublish, { loading }] = useMutation(UnpublishReviewCycleMutation, { refetchQueries: ['CycleSummary'] });

  async function onConfirm() {
    setFailure(null);
    try {
      await unpublish({ variables: { id: cycle.id, expectedVersion: cycle.version, reason } });
      setOpen(false);
      onWithdrawn();
    } catch (error) {
      setFailure(errorCode(error) === 'CONFLICT' ? t('move.conflict') : errorMessage(error, t));
    }
  }

  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('published.publish.withdraw')}
      </button>
      <ConfirmDialog
        open={open}
        heading={t('published.publish.withdraw')}
        question={t('published.publish.withdrawAbout')}
        confirmLabel={t('published.publish.withdrawConfirm')}
        busy={loading}
        failure={failure}
        onConfirm={() => void onConfirm()}
        onCancel={() => setOpen(false)}
      >
        <p>{t('published.publish.withdrawAbout')}</p>
        <TextField label={t('published.publish.withdrawReason')} value={reason} onChange={setReason} required rows={3} max={2000} />
      </ConfirmDialog>
    </>
  );
}
