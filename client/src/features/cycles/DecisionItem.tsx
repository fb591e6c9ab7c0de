import { computeProgress, fiscalYearLabel, type Progress } from '@kaizen/shared';
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import type { StrategyProgressConfig_StrategyFragment } from '../../gql/graphql';
import { formatRate } from '../../ui/format';
import { countedValues, ruleOf, rulesOf } from '../indicator/ruleOf';
import { ActualValueText } from '../review/ActualValueText';
import { entryPath } from '../review/paths';
import { StatusBadge } from '../review/StatusBadge';
import { WhoWhen } from '../review/WhoWhen';
import { DecisionControls } from './DecisionControls';
import type { DepartmentAssignment } from './DepartmentDetail';

type Props = {
  cycleId: string;
  fiscalYear: number;
  strategy: StrategyProgressConfig_StrategyFragment;
  item: DepartmentAssignment;
  canDecide: boolean;
  busy: boolean;
  onAccept: () => void;
  onReturn: (reason: string) => Promise<boolean>;
  selected: boolean;
  onSelect: (selected: boolean) => void;
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
  return computeProgress(ruleOf(indicator, strategy.periodStartFY), [...others, entered], fiscalYear, rulesOf(strategy)(fiscalYear));
}

/** One indicator's entry as the planning division checks it: beside baseline, target, last year's value and the grade it gives; accept or return (with a reason). */
export function DecisionItem({ cycleId, fiscalYear, strategy, item, canDecide, busy, onAccept, onReturn, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { indicator, actual } = item;
  const status = actual?.status;
  const progress = gradeIfAccepted(item, strategy, fiscalYear);
  const lastYear = indicator.actuals.find((a) => a.fiscalYear === fiscalYear - 1);

  return (
    <li className="card decision" aria-labelledby={`${id}-name`}>
      <div className="decision-head">
        <h4 id={`${id}-name`}>
          <span className="kind">{t('decision.kinds.actual')}</span>
          <span className="code">{indicator.key}</span>
          <Link to={entryPath(cycleId, indicator.id)}>{indicator.name}</Link>
        </h4>
        <StatusBadge status={status} />
      </div>
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
                <span className={`grade grade-${progress.grade}`}>{progress.grade}</span>
                {progress.rate !== null && <> {t('decision.rate', { rate: formatRate(progress.rate) })}</>}
              </>
            ) : (
              t('common.none')
            )}
          </dd>
        </div>
        <div className="inline-dl-item">
          <dt>{t('decision.lastYear', { year: fiscalYearLabel(fiscalYear - 1) })}</dt>
          <dd>
            {lastYear ? <ActualValueText actual={lastYear} unit={indicator.unit} /> : t('common.none')}
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
      {status === 'RETURNED' && actual?.returnReason && (
        <p>
          <strong>{t('actual.returnReason')}：</strong>
          {actual.returnReason}
        </p>
      )}
      <DecisionControls id={id} status={status} canDecide={canDecide} busy={busy} onAccept={onAccept} onReturn={onReturn} selected={selected} onSelect={onSelect} />
    </li>
  );
}
