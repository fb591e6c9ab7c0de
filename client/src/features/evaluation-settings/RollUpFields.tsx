import { gradesOf, RollUpMethod, type ConfigIssue, type GradeCountRule, type ProgressConfig, type RollUpConfig } from '@kaizen/shared';
import { useId } from 'react';
import { useTranslation } from '../../app/i18n';
import { RadioGroup } from '../../ui/RadioGroup';
import { issueAt } from './draft';
import { NumberInput } from './NumberInput';
import { StepsTable } from './StepsTable';

type Props = { config: ProgressConfig; issues: ConfigIssue[]; onChange: (rollUp: RollUpConfig) => void };

/** How a measure or a goal gets its grade from its KPIs': by the mean, by counting grades, or by points. */
export function RollUpFields({ config, issues, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const r = config.rollUp;
  const set = (change: Partial<RollUpConfig>) => onChange({ ...r, ...change });
  const kpiGrades = [...new Set(config.scales.flatMap(gradesOf))];
  const setRule = (i: number, change: Partial<GradeCountRule>) => set({ rules: r.rules.map((rule, j) => (j === i ? { ...rule, ...change } : rule)) });
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('evaluation.rollUpHeading')}</h2>
      <RadioGroup
        legend={t('evaluation.method')}
        value={r.method}
        options={Object.values(RollUpMethod).map((m) => ({ value: m, label: t(`evaluation.methods.${m}`) }))}
        onChange={(method) => set({ method })}
      />
      <div className="field">
        <label htmlFor={`${id}-share`}>{t('evaluation.minMeasuredShare')}</label>
        <NumberInput id={`${id}-share`} label={t('evaluation.minMeasuredShare')} value={r.minMeasuredShare} percent onChange={(minMeasuredShare) => set({ minMeasuredShare })} />
        <p className="hint">{t('evaluation.minMeasuredShareHint')}</p>
        {issueAt(issues, t, 'rollUp', 'minMeasuredShare') && <p className="field-error">{issueAt(issues, t, 'rollUp', 'minMeasuredShare')}</p>}
      </div>
      {r.method === RollUpMethod.GRADE_COUNT && (
        <fieldset>
          <legend>{t('evaluation.rules')}</legend>
          {r.rules.map((rule, i) => (
            <div className="field-row rule-row" key={i}>
              <input type="text" aria-label={t('evaluation.ruleGrade', { n: i + 1 })} value={rule.grade} size={6} maxLength={20} onChange={(e) => setRule(i, { grade: e.target.value })} />
              <span>{t('evaluation.ruleWhen')}</span>
              {kpiGrades.map((g) => (
                <label key={g} className="choice">
                  <input type="checkbox" checked={rule.of.includes(g)} onChange={(e) => setRule(i, { of: e.target.checked ? [...rule.of, g] : rule.of.filter((x) => x !== g) })} />
                  {g}
                </label>
              ))}
              <span>{t('evaluation.ruleShare')}</span>
              <NumberInput label={t('evaluation.ruleShareOf', { n: i + 1 })} value={rule.minShare} percent onChange={(minShare) => setRule(i, { minShare })} />
              <button type="button" onClick={() => set({ rules: r.rules.filter((_, j) => j !== i) })}>
                {t('evaluation.removeRule', { n: i + 1 })}
              </button>
            </div>
          ))}
          {issueAt(issues, t, 'rollUp', 'rules') && <p className="field-error">{issueAt(issues, t, 'rollUp', 'rules')}</p>}
          <button type="button" disabled={r.rules.length >= 12} onClick={() => set({ rules: [...r.rules, { grade: '', of: kpiGrades.slice(0, 1), minShare: 0.8, inclusive: true }] })}>
            {t('evaluation.addRule')}
          </button>
        </fieldset>
      )}
      {r.method === RollUpMethod.POINTS && (
        <>
          <fieldset>
            <legend>{t('evaluation.points')}</legend>
            <div className="field-row">
              {kpiGrades.map((g) => (
                <div className="field" key={g}>
                  <span>{g}</span>
                  <NumberInput
                    label={t('evaluation.pointsOf', { grade: g })}
                    value={r.points.find((p) => p.grade === g)?.points ?? 0}
                    onChange={(points) => set({ points: [...r.points.filter((p) => p.grade !== g), { grade: g, points }] })}
                  />
                </div>
              ))}
            </div>
          </fieldset>
          <StepsTable caption={t('evaluation.pointSteps')} steps={r.pointSteps} percent={false} onChange={(pointSteps) => set({ pointSteps })} error={issueAt(issues, t, 'rollUp', 'pointSteps')} />
        </>
      )}
      {r.method !== RollUpMethod.MEAN_OF_CAPPED_RATES && (
        <div className="field">
          <label htmlFor={`${id}-lowest`}>{t('evaluation.rollUpLowest')}</label>
          <input type="text" id={`${id}-lowest`} value={r.lowestGrade} maxLength={20} onChange={(e) => set({ lowestGrade: e.target.value })} />
        </div>
      )}
    </section>
  );
}
