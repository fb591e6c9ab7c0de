import { useMutation } from '@apollo/client/react';
import { checkReportConfig, configFieldName, type ReportConfig, type ReportConfigIssue } from '@kaizen/shared';
import { useId, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { fieldMessage, formErrorOf, type FormError } from '../../ui/formError';
import { DirectionOptionsTable } from './DirectionOptionsTable';
import { toReportInput } from '../../ui/report/reportConfig';

const UpdateReportConfigMutation = graphql(`
  mutation UpdateReportConfig($strategyId: ID!, $config: ReportConfigInput!) {
    updateReportConfig(strategyId: $strategyId, config: $config) {
      id
      reportConfig {
        ...ReportConfigFields
      }
    }
  }
`);

type Props = { strategyId: string; saved: ReportConfig; mayChange: boolean };

const levelsText = (levels: string[]) => levels.join('・');
const levelsOf = (text: string) => text.split(/[・、,，\s]+/).filter(Boolean);

/** 報告様式: what the departments' measure reports ask for, the 今後の方向性 options and 有効性・効率性; saved on its own. */
export function ReportSettingsSection({ strategyId, saved, mayChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<ReportConfig>(saved);
  const [levels, setLevels] = useState(levelsText(saved.ratingLevels));
  const [done, setDone] = useState(false);
  const [serverError, setServerError] = useState<FormError | null>(null);
  const [save, { loading }] = useMutation(UpdateReportConfigMutation);
  const issues = checkReportConfig(draft);
  const set = (change: Partial<ReportConfig>) => {
    setDone(false);
    setServerError(null);
    setDraft({ ...draft, ...change });
  };
  const message = (issue: ReportConfigIssue) => t(`reportSettings.issueCodes.${issue.code}`);
  const errorAt = (...path: (string | number)[]): string | undefined => {
    const name = configFieldName(path);
    const issue = issues.find((i) => configFieldName(i.path) === name);
    return issue ? message(issue) : fieldMessage(serverError, name);
  };
  const onSave = async () => {
    setServerError(null);
    const result = await save({ variables: { strategyId, config: toReportInput(draft) } }).catch((e: unknown) => {
      setServerError(formErrorOf(e, t));
      return null;
    });
    if (result?.data) setDone(true);
  };
  const levelsError = errorAt('ratingLevels') ?? draft.ratingLevels.map((_, i) => errorAt('ratingLevels', i)).find(Boolean);
  // A fault the server names in the configuration is shown beside its field; anything else here.
  const other = serverError && !serverError.field?.startsWith('config.') ? serverError.message : undefined;
  return (
    <section className="card report-settings" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('reportSettings.heading')}</h2>
      <p>{t('reportSettings.intro')}</p>
      <h3>{t('reportSettings.directionsHeading')}</h3>
      <DirectionOptionsTable directions={draft.directions} onChange={(directions) => set({ directions })} errorAt={(i, field) => errorAt('directions', i, field)} disabled={!mayChange} />
      {errorAt('directions') && (
        <p className="field-error" role="alert">
          {errorAt('directions')}
        </p>
      )}
      <fieldset className="choice-group">
        <legend>{t('reportSettings.ratingsLegend')}</legend>
        <div className="choice">
          <input id={`${id}-effectiveness`} type="checkbox" checked={draft.effectiveness} disabled={!mayChange} onChange={(e) => set({ effectiveness: e.target.checked })} />
          <label htmlFor={`${id}-effectiveness`}>{t('reportSettings.effectiveness')}</label>
        </div>
        <div className="choice">
          <input id={`${id}-efficiency`} type="checkbox" checked={draft.efficiency} disabled={!mayChange} onChange={(e) => set({ efficiency: e.target.checked })} />
          <label htmlFor={`${id}-efficiency`}>{t('reportSettings.efficiency')}</label>
        </div>
        <div className="field">
          <label htmlFor={`${id}-levels`}>{t('reportSettings.ratingLevels')}</label>
          <input
            id={`${id}-levels`}
            type="text"
            value={levels}
            disabled={!mayChange}
            aria-describedby={`${id}-levels-hint${levelsError ? ` ${id}-levels-error` : ''}`}
            aria-invalid={levelsError ? true : undefined}
            onChange={(e) => {
              setLevels(e.target.value);
              set({ ratingLevels: levelsOf(e.target.value) });
            }}
          />
          <p id={`${id}-levels-hint`} className="hint">
            {t('reportSettings.ratingLevelsHint')}
          </p>
          {levelsError && (
            <p id={`${id}-levels-error`} className="field-error">
              {levelsError}
            </p>
          )}
        </div>
      </fieldset>
      {issues.length > 0 && (
        <p className="field-error" role="alert">
          {t('reportSettings.issues', { count: issues.length })}
        </p>
      )}
      {other && (
        <p className="field-error" role="alert">
          {other}
        </p>
      )}
      {mayChange ? (
        <button type="button" className="primary" disabled={issues.length > 0 || loading} onClick={() => void onSave()}>
          {loading ? t('reportSettings.saving') : t('reportSettings.save')}
        </button>
      ) : (
        <p>{t('evaluation.planningOnly')}</p>
      )}
      <p role="status">{done ? t('reportSettings.saved') : ''}</p>
    </section>
  );
}
