import { useMutation, useQuery } from '@apollo/client/react';
import { checkProgressConfig, configFieldName, JudgingBasis, ProgressFormula, ToleranceKind, type ProgressConfig, type ReportConfig } from '@kaizen/shared';
import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { errorMessage } from '../../ui/graphqlErrors';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useViewer } from '../auth/viewer';
import { ReportSettingsSection } from './ReportSettingsSection';
import { RadioGroup } from '../../ui/RadioGroup';
import { toInput } from './draft';
import { GradePreview } from './GradePreview';
import { NumberInput } from './NumberInput';
import { RollUpFields } from './RollUpFields';
import { ScaleEditor } from './ScaleEditor';

const EvaluationSettingsQuery = graphql(`
  query EvaluationSettings($strategyId: ID!) {
    strategy(id: $strategyId) {
      id
      title
      periodStartFY
      periodEndFY
      progressConfig {
        ...ProgressConfigFields
      }
      reportConfig {
        ...ReportConfigFields
      }
    }
    reviewCycles(strategyId: $strategyId) {
      id
      fiscalYear
      state
    }
  }
`);

const UpdateProgressConfigMutation = graphql(`
  mutation UpdateProgressConfig($strategyId: ID!, $config: ProgressConfigInput!) {
    updateProgressConfig(strategyId: $strategyId, config: $config) {
      id
      ...StrategyProgressConfig_strategy
    }
  }
`);

/** 政策企画課: how the strategy grades, edited with the plan's own figures previewed before saving. */
export function EvaluationSettingsPage() {
  const { t } = useTranslation();
  const { strategyId = '' } = useParams();
  const { data, loading, error } = useQuery(EvaluationSettingsQuery, { variables: { strategyId } });
  useDocumentTitle(t('evaluation.title'));
  if (!data) return <QueryStatus loading={loading} error={error} />;
  const open = data.reviewCycles.filter((c) => c.state !== 'CLOSED');
  const defaultYear = open[0]?.fiscalYear ?? data.strategy.periodStartFY;
  return (
    <>
      <SettingsForm strategy={data.strategy} saved={data.strategy.progressConfig} defaultYear={defaultYear} closedYears={data.reviewCycles.filter((c) => c.state === 'CLOSED').map((c) => c.fiscalYear)} />
      <ReportSettings strategyId={data.strategy.id} saved={data.strategy.reportConfig} />
    </>
  );
}

/** The report form's settings are saved on their own, by the planning division as the grading rules are. */
function ReportSettings({ strategyId, saved }: { strategyId: string; saved: ReportConfig }) {
  const mayChange = useViewer().viewer?.role === 'PLANNING';
  return <ReportSettingsSection strategyId={strategyId} saved={saved} mayChange={mayChange} />;
}

type FormProps = {
  strategy: { id: string; title: string; periodStartFY: number; periodEndFY: number };
  saved: ProgressConfig;
  defaultYear: number;
  closedYears: number[];
};

function SettingsForm({ strategy, saved, defaultYear, closedYears }: FormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<ProgressConfig>(saved);
  const [done, setDone] = useState(false);
  const [save, { loading, error }] = useMutation(UpdateProgressConfigMutation);
  // Administrators may look and preview; the plan's rules are the planning division's to change.
  const mayChange = useViewer().viewer?.role === 'PLANNING';
  const issues = checkProgressConfig(draft, strategy);
  const years = Array.from({ length: strategy.periodEndFY - strategy.periodStartFY + 1 }, (_, i) => strategy.periodStartFY + i);
  const set = (change: Partial<ProgressConfig>) => {
    setDone(false);
    setDraft({ ...draft, ...change });
  };
  const onSave = async () => {
    const result = await save({ variables: { strategyId: strategy.id, config: toInput(draft) } }).catch(() => null);
    if (result?.data) setDone(true);
  };
  return (
    <div className="evaluation-settings">
      <Breadcrumb links={[{ to: '/cycles', label: t('cycles.title') }]} />
      <h1>{t('evaluation.title')}</h1>
      <p className="eyebrow">{strategy.title}</p>
      <p>{t('evaluation.intro')}</p>
      {closedYears.length > 0 && <p className="muted">{t('evaluation.closedYearsKeep', { years: closedYears.map((fy) => `FY${fy}`).join('・') })}</p>}
      <section className="card" aria-labelledby={`${id}-basis`}>
        <h2 id={`${id}-basis`}>{t('evaluation.basisHeading')}</h2>
        <RadioGroup legend={t('evaluation.basis')} value={draft.basis} options={Object.values(JudgingBasis).map((b) => ({ value: b, label: t(`evaluation.bases.${b}`) }))} onChange={(basis) => set({ basis })} />
        <RadioGroup legend={t('evaluation.formula')} value={draft.formula} options={Object.values(ProgressFormula).map((f) => ({ value: f, label: t(`progress.formulas.${f}`) }))} onChange={(formula) => set({ formula })} />
        {draft.basis === JudgingBasis.BASELINE && (
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-tolerance-kind`}>{t('evaluation.tolerance')}</label>
              <select
                id={`${id}-tolerance-kind`}
                value={draft.tolerance?.kind ?? ''}
                onChange={(e) => set({ tolerance: e.target.value ? { kind: e.target.value as ToleranceKind, value: draft.tolerance?.value ?? 0 } : null })}
              >
                <option value="">{t('evaluation.noTolerance')}</option>
                <option value={ToleranceKind.RELATIVE}>{t('evaluation.toleranceKinds.RELATIVE')}</option>
                <option value={ToleranceKind.POINTS}>{t('evaluation.toleranceKinds.POINTS')}</option>
              </select>
            </div>
            {draft.tolerance && (
              <NumberInput
                key={draft.tolerance.kind}
                label={t('evaluation.toleranceValue')}
                value={draft.tolerance.value}
                percent={draft.tolerance.kind === ToleranceKind.RELATIVE}
                onChange={(value) => set({ tolerance: { ...draft.tolerance!, value } })}
              />
            )}
          </div>
        )}
      </section>
      <section aria-labelledby={`${id}-scales`}>
        <h2 id={`${id}-scales`}>{t('evaluation.scalesHeading')}</h2>
        {draft.scales.map((scale, i) => (
          <ScaleEditor
            key={i}
            scale={scale}
            index={i}
            years={years}
            issues={issues}
            onChange={(s) => set({ scales: draft.scales.map((x, j) => (j === i ? s : x)) })}
            onRemove={draft.scales.length > 1 ? () => set({ scales: draft.scales.filter((_, j) => j !== i) }) : undefined}
          />
        ))}
        <button type="button" disabled={draft.scales.length >= 10} onClick={() => set({ scales: [...draft.scales, { ...draft.scales[draft.scales.length - 1], fromFiscalYear: defaultYear }] })}>
          {t('evaluation.addScale')}
        </button>
      </section>
      <RollUpFields config={draft} issues={issues} onChange={(rollUp) => set({ rollUp })} />
      <GradePreview strategyId={strategy.id} years={years} defaultYear={defaultYear} config={toInput(draft)} disabled={issues.length > 0} />
      <section className="card" aria-labelledby={`${id}-save`}>
        <h2 id={`${id}-save`}>{t('evaluation.saveHeading')}</h2>
        {issues.length > 0 && (
          <div role="alert">
            <p className="field-error">{t('evaluation.issues', { count: issues.length })}</p>
            <ul>
              {issues.map((i) => (
                <li key={`${configFieldName(i.path)}-${i.message}`}>
                  {t(`evaluation.issueCodes.${i.code}`)}（<code>{configFieldName(i.path)}</code>）
                </li>
              ))}
            </ul>
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {errorMessage(error, t)}
          </p>
        )}
        {mayChange ? (
          <button type="button" className="primary" disabled={issues.length > 0 || loading} onClick={() => void onSave()}>
            {loading ? t('evaluation.saving') : t('evaluation.save')}
          </button>
        ) : (
          <p>{t('evaluation.planningOnly')}</p>
        )}
        <p role="status">{done ? t('evaluation.saved') : ''}</p>
      </section>
    </div>
  );
}
