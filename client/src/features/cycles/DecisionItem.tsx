import { computeProgress, fiscalYearLabel, NO_VALUE, type Progress } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import type { StrategyProgressConfig_StrategyFragment } from '../../gql/graphql';
import { formatRate } from '../../ui/format';
import { countedValues, ruleOf, rulesOf } from '../../ui/progress/ruleOf';
import { ActualValueText } from '../../ui/ActualValueText';
import { entryPath } from '../review/paths';
import { StatusBadge } from '../../ui/StatusBadge';
import { WhoWhen } from '../../ui/WhoWhen';
import { DecisionCard } from './DecisionCard';
import type { Decision } from './DecisionControls';
import type { DepartmentAssignment } from './DepartmentDetail';
import { GradeBadge } from '../../ui/GradeBadge';

type Props = {
  cycleId: string;
  fiscalYear: number;
  strategy: StrategyProgressConfig_StrategyFragment;
  item: DepartmentAssignment;
  decision: Decision;
};

/**
 * The grade the entry would give once accepted, by the shared rules (ruleOf, computeProgress): the
 * other years' handed-in values with this year's entry as it stands, whatever its status.
 */
function gradeIfAccepted(item: DepartmentAssignment, strategy: StrategyProgressConfig_StrategyFragment, fiscalYear: number): Progress | null {
  const { indicator, actual } = item;
  if (!actual || (actual.value == null && !actual.notGraded)) return null;
  const others = countedValues(indicator.actuals.filter((a) => a.fiscalYear !== fiscalYear));
  const entered = { fiscalYear, value: actual.value ?? null, periodFiscalYear: actual.periodFiscalYear ?? null, notGraded: actual.notGraded ?? null };
  return computeProgress(ruleOf(indicator, strategy.periodStartFY, fiscalYear), [...others, entered], fiscalYear, rulesOf(strategy)(fiscalYear));
}

/** One indicator's entry as the planning division checks it: beside baseline, target, last year's value and the grade it gives; accept or return (with a reason). */
export function DecisionItem({ cycleId, fiscalYear, strategy, item, decision }: Props) {
  const { t } = useTranslation();
  const { indicator, actual } = item;
  const status = actual?.status;
  const progress = gradeIfAccepted(item, strategy, fiscalYear);
  const lastYear = indicator.actuals.find((a) => a.fiscalYear === fiscalYear - 1);

  return (
    <DecisionCard kind="actual" code={indicator.key} name={indicator.name} to={entryPath(cycleId, indicator.id)} status={status} returnReason={actual?.returnReason} decision={decision}>
      <dl className="inline-dl">
        <div className="inline-dl-item">
          <dt>{t('entry.value')}</dt>
          <dd>
            <ActualValueText actual={actual} unit={indicator.unit} />
          </dd>
        </div>
        <div className="inline-dl-item">
          <dt>{t('decision.grade')}</dt>
          <dd>
            {progress ? (
              <>
                <GradeBadge grade={progress.grade} notGraded={progress.notGraded} />
                {progress.rate !== null && <> {t('decision.rate', { rate: formatRate(progress.rate) })}</>}
              </>
            ) : (
              NO_VALUE
            )}
          </dd>
        </div>
        <div className="inline-dl-item">
          <dt>{t('decision.lastYear', { year: fiscalYearLabel(fiscalYear - 1) })}</dt>
          <dd>
            {lastYear ? <ActualValueText actual={lastYear} unit={indicator.unit} /> : NO_VALUE}
            {lastYear && lastYear.status !== 'ACCEPTED' && <> <StatusBadge status={lastYear.status} /></>}
          </dd>
        </div>
        <div className="inline-dl-item">
          <dt>{t('indicator.baseline')}</dt>
          <dd>
            {indicator.baseline.text}
            {indicator.baseline.label && `（${indicator.baseline.label}）`}
          </dd>
        </div>
        <div className="inline-dl-item">
          <dt>{t('indicator.target')}</dt>
          <dd>
            {indicator.target.text}（{fiscalYearLabel(indicator.target.fiscalYear)}）
          </dd>
        </div>
      </dl>
      {actual && (
        <p className="who-line">
          <WhoWhen user={actual.updatedByUser} at={actual.updatedAt} />
        </p>
      )}
      {actual?.note && <p className="pre-wrap">{actual.note}</p>}
      {actual && actual.evidenceLinks.length > 0 && (
        <ul className="plain-list small">
          {actual.evidenceLinks.map((l) => (
            <li key={l}>
              <a href={l} target="_blank" rel="noreferrer noopener">
                {l}
              </a>
            </li>
          ))}
        </ul>
      )}
    </DecisionCard>
  );
}
