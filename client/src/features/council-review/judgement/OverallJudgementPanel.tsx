import { assignableGrades } from '@kaizen/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { OverallJudgementPanel_JudgementFragment, OverallJudgementPanel_StrategyFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/viewer';
import { Author } from '../../../ui/Author';
import type { ReviewCycleHead } from '../threads/AnchorThreads';
import { Heading, type Level } from '../../../ui/Heading';
import { PlainText } from '../../../ui/PlainText';
import { rulesOf } from '../../../ui/progress/ruleOf';
import { JudgementForm, type JudgementSubject } from './JudgementForm';
import { GradeBadge } from '../../../ui/GradeBadge';

graphql(`
  fragment OverallJudgementPanel_judgement on OverallJudgement {
    id
    grade
    reason
    version
    updatedAt
    decidedBy {
      id
      displayName
    }
  }
`);

// The grades one may give are the cycle year's, by the rules that year is graded with.
graphql(`
  fragment OverallJudgementPanel_strategy on Strategy {
    ...StrategyProgressConfig_strategy
  }
`);

type Props = {
  cycle: ReviewCycleHead;
  strategy: OverallJudgementPanel_StrategyFragment;
  subject: JudgementSubject;
  /** The grade computed from the KPIs (算定), which the judgement stands beside and never replaces. */
  computedGrade: string;
  judgement: OverallJudgementPanel_JudgementFragment | null | undefined;
  level: Level;
};

/**
 * 総合評価 beside 算定: the grade the rules compute from the KPIs, and the planning division's
 * judgement "総合的に勘案" with its reason, who and when. The planning division records or changes
 * it while the cycle is open.
 */
export function OverallJudgementPanel({ cycle, strategy, subject, computedGrade, judgement, level }: Props) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const mayJudge = viewer?.role === 'PLANNING' && cycle.state !== 'CLOSED';
  const grades = assignableGrades(rulesOf(strategy)(cycle.fiscalYear), cycle.fiscalYear);

  const refocus = useRef(false);
  // The form goes away: focus goes back to the button that opened it, once it is on screen again.
  useEffect(() => {
    if (editing || !refocus.current) return;
    refocus.current = false;
    button.current?.focus();
  }, [editing]);

  function close(saved: boolean) {
    refocus.current = true;
    setEditing(false);
    if (saved) setAnnouncement(t('overallJudgement.saved'));
  }

  return (
    <section className="overall-judgement" aria-labelledby={`${id}-title`}>
      <Heading level={level} id={`${id}-title`}>
        {t('overallJudgement.title')}
      </Heading>
      <dl className="figures judgement-figures">
        <div>
          <dt>{t('overallJudgement.computed')}</dt>
          <dd>
            <GradeBadge grade={computedGrade} />
          </dd>
        </div>
        <div>
          <dt>{t('overallJudgement.judged')}</dt>
          {judgement ? <dd>
              <GradeBadge grade={judgement.grade} />
            </dd> : <dd className="unjudged">{t('overallJudgement.none')}</dd>}
        </div>
      </dl>
      {judgement && (
        <div className="judgement-reason">
          <p className="judgement-reason-label">
            {t('overallJudgement.reason')}
          </p>
          <PlainText text={judgement.reason} />
          <p className="judgement-by">
            <Author user={judgement.decidedBy} at={judgement.updatedAt} />
          </p>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {mayJudge &&
        (editing ? (
          <JudgementForm cycleId={cycle.id} subject={subject} grades={grades} judgement={judgement ?? null} titleId={`${id}-title`} onDone={() => close(true)} onCancel={() => close(false)} />
        ) : (
          <button ref={button} type="button" onClick={() => setEditing(true)} aria-describedby={`${id}-title`}>
            {judgement ? t('overallJudgement.change') : t('overallJudgement.record')}
          </button>
        ))}
    </section>
  );
}
