import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { PackJudgement_JudgementFragment } from '../../gql/graphql';
import { GradeBadge } from '../../ui/GradeBadge';

graphql(`
  fragment PackJudgement_judgement on OverallJudgement {
    id
    grade
    reason
  }
`);

/** 総合評価 (政策企画課) of a goal or a measure, with its reason; nothing while none is recorded. */
export function PackJudgement({ judgement }: { judgement: PackJudgement_JudgementFragment | null | undefined }) {
  const { t } = useTranslation();
  if (!judgement) return null;
  return (
    <p className="pack-judgement">
      {t('overallJudgement.judged')} <GradeBadge grade={judgement.grade} /> {judgement.reason}
    </p>
  );
}
