import { fiscalYearLabel } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import type { RevisionState } from '../../gql/graphql';
import { RevisionStateBadge } from './RevisionStateBadge';

/** 状態 and 適用年度 of a revision, as terms of the description list they head. */
export function RevisionStateFacts({ state, effectiveFiscalYear }: { state: RevisionState; effectiveFiscalYear: number }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{t('planRevisions.state')}</dt>
      <dd>
        <RevisionStateBadge state={state} />
      </dd>
      <dt>{t('planRevisions.header.effectiveFiscalYear')}</dt>
      <dd>{t('planRevisions.fromYear', { year: fiscalYearLabel(effectiveFiscalYear), fy: effectiveFiscalYear })}</dd>
    </>
  );
}
