import { useEffect, useRef } from 'react';
import { useTranslation } from '../../app/i18n';
import { ActualValueText } from '../../ui/ActualValueText';
import { StatusBadge } from '../../ui/StatusBadge';
import type { SubmissionStatus } from '../../gql/graphql';
import { WhoWhen } from '../../ui/WhoWhen';

export type CurrentRecord = {
  value?: number | null;
  notKnownReason?: string | null;
  status: SubmissionStatus;
  updatedAt: string;
  updatedByUser?: { displayName: string } | null;
};

type Props = {
  current: CurrentRecord;
  /** What this user typed and has not saved. */
  mine: { value: number | null; notKnownReason: string | null };
  unit: string;
  onReload: () => void;
};

/** Someone saved this entry after it was opened here: show theirs, keep ours visible, overwrite nothing. */
export function ConflictNotice({ current, mine, unit, onReload }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        {t('conflict.heading')}
      </h2>
      <p>{t('conflict.explain')}</p>
      <dl className="facts">
        <dt>{t('conflict.theirs')}</dt>
        <dd>
          <strong>
            <ActualValueText actual={current} unit={unit} />
          </strong>{' '}
          <StatusBadge status={current.status} />
          <br />
          <WhoWhen user={current.updatedByUser} at={current.updatedAt} />
        </dd>
        <dt>{t('conflict.mine')}</dt>
        <dd>
          <ActualValueText actual={mine} unit={unit} />
        </dd>
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={onReload}>
          {t('conflict.reload')}
        </button>
      </div>
    </section>
  );
}
