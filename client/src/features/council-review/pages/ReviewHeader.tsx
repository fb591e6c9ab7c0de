import { fiscalYearLabel } from '@kaizen/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../app/i18n';
import { LiveStatus } from '../../live/LiveStatus';
import type { ReviewCycleHead } from '../threads/AnchorThreads';
import { reviewIndexPath } from '../paths';

type Props = { cycle: ReviewCycleHead; connected: boolean; children: ReactNode };

/** The top of a review page: which year's review, at which stage, whether it updates live, and the h1. */
export function ReviewHeader({ cycle, connected, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <p className="eyebrow">
        <Link to={reviewIndexPath(cycle.id)}>{t('councilReview.indexOf', { year: fiscalYearLabel(cycle.fiscalYear) })}</Link>
        {'　'}
        <span className="cycle-state">{t(`cycle.states.${cycle.state}`)}</span>
      </p>
      <h1>{children}</h1>
      <LiveStatus connected={connected} />
    </>
  );
}
