import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { MeasureReportForm_ReportFragment, ReportConfigFieldsFragment } from '../../gql/graphql';
import { fieldMessage, formErrorOf, formMessage, type FormError } from '../../ui/formError';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { StatusBadge } from '../../ui/StatusBadge';
import { RadioGroup } from '../../ui/RadioGroup';

graphql(`
  fragment MeasureReportForm_report on MeasureReport {
    id
    whatWasDone
    issues
    nextDirection
    effectiveness
    efficiency
    selfGrade
    status
    returnReason
    version
  }
`);

const SaveMeasureReportMutation = graphql(`
  mutation SaveMeasureReport($input: SaveMeasureReportInput!) {
    saveMeasureReport(input: $input) {
      ...MeasureReportForm_report
      ...MeasureReportView_report
    }
  }
`);

const SubmitMeasureReportMutation = graphql(`
  mutation SubmitMeasureReport($id: ID!, $expectedVersion: Int!) {
    submitMeasureReport(id: $id, expectedVersion: $expectedVersion) {
      ...MeasureReportForm_report
      ...MeasureReportView_report
    }
  }
`);

type Props = {
  cycleId: string;
  measureId: string;
  report: MeasureReportForm_ReportFragment | null;
  config: ReportConfigFieldsFragment;
  /** The self-evaluations the cycle's year may give. */
  grades: string[];
  /** Reads the report again from the server (after a conflict, or once it is submitted). */
  onStale: () => void;
  /** Tells what happened (saved, submitted), in the page's live region: it outlives this form. */
  onAnnounce: (message: string) => void;
};

const FIELDS = ['whatWasDone', 'issues', 'nextDirection', 'effectiveness', 'efficiency', 'selfGrade'];

/** The report's fields as the strategy's report form asks for them; saved as a draft, then submitted. */
export function MeasureReportForm({ cycleId, measureId, report: loaded, config, grades, onStale, onAnnounce }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({
    whatWasDone: loaded?.whatWasDone ?? '',
    issues: loaded?.issues ?? '',
    nextDirection: loaded?.nextDirection ?? null,
    effectiveness: loaded?.effectiveness ?? '',
    efficiency: loaded?.efficiency ?? '',
    selfGrade: loaded?.selfGrade ?? '',
  });
  const [error, setError] = useState<FormError | null>(null);
  // What this form last saved: the page's query does not learn of a report created here.
  const [written, setWritten] = useState<MeasureReportForm_ReportFragment | null>(null);
  const report = written && (!loaded || written.version >= loaded.version) ? written : loaded;
  const [save, saving] = useMutation(SaveMeasureReportMutation);
  const [submit, submitting] = useMutation(SubmitMeasureReportMutation);
  const busy = saving.loading || submitting.loading;
  const set = (change: Partial<typeof draft>) => {
    onAnnounce('');
    setDraft({ ...draft, ...change });
  };
  const input = () => ({
    cycleId,
    measureId,
    whatWasDone: draft.whatWasDone,
    issues: draft.issues,
    nextDirection: draft.nextDirection,
    effectiveness: config.effectiveness ? draft.effectiveness || null : null,
    efficiency: config.efficiency ? draft.efficiency || null : null,
    selfGrade: draft.selfGrade || null,
    expectedVersion: report?.version ?? null,
  });
  const fail = (e: unknown) => {
    const formError = formErrorOf(e, t);
    setError(formError);
    if (formError.code === 'CONFLICT') onStale();
    return null;
  };
  const onSave = async (andSubmit: boolean) => {
    setError(null);
    const saved = await save({ variables: { input: input() } }).catch(fail);
    const row = saved?.data?.saveMeasureReport;
    if (!row) return;
    setWritten(row);
    if (!andSubmit) return onAnnounce(t('measureReport.saved'));
    const submitted = await submit({ variables: { id: row.id, expectedVersion: row.version } }).catch(fail);
    if (!submitted?.data) return;
    onAnnounce(t('measureReport.submitted'));
    onStale();
  };
  const rating = (field: 'effectiveness' | 'efficiency') =>
    config[field] && (
      <SelectField label={t(`measureReport.${field}`)} value={draft[field]} onChange={(v) => set({ [field]: v })} error={fieldMessage(error, field)}>
        <option value="">{t('measureReport.choose')}</option>
        {config.ratingLevels.map((l) => (
          <option key={l} value={l}>
            {l}
          </option>
        ))}
      </SelectField>
    );
  // A code the strategy no longer offers stays visible until another is chosen.
  const options = draft.nextDirection && !config.directions.some((d) => d.code === draft.nextDirection) ? [...config.directions, { code: draft.nextDirection, label: draft.nextDirection, meaning: null }] : config.directions;
  const general = formMessage(error, FIELDS);
  return (
    <form
      className="card measure-report-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(true);
      }}
    >
      {report && (
        <p>
          {t('councilReview.reportStatus')} <StatusBadge status={report.status} />
        </p>
      )}
      <TextField label={t('councilReview.whatWasDone')} value={draft.whatWasDone} onChange={(whatWasDone) => set({ whatWasDone })} error={fieldMessage(error, 'whatWasDone')} required />
      <TextField label={t('councilReview.issues')} value={draft.issues} onChange={(issues) => set({ issues })} error={fieldMessage(error, 'issues')} />
      <RadioGroup legend={t('councilReview.nextDirection')} options={options.map((o) => ({ value: o.code, label: o.label, meaning: o.meaning }))} value={draft.nextDirection} onChange={(nextDirection) => set({ nextDirection })} error={fieldMessage(error, 'nextDirection')} />
      {rating('effectiveness')}
      {rating('efficiency')}
      <SelectField label={t('councilReview.selfGrade')} value={draft.selfGrade} onChange={(selfGrade) => set({ selfGrade })} error={fieldMessage(error, 'selfGrade')} required>
        <option value="">{t('measureReport.choose')}</option>
        {grades.map((g) => (
          <option key={g} value={g}>
            {g}
          </option>
        ))}
      </SelectField>
      {general && (
        <p className="field-error" role="alert">
          {general}
        </p>
      )}
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void onSave(false)}>
          {saving.loading ? t('measureReport.saving') : t('measureReport.saveDraft')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('measureReport.submit')}
        </button>
      </div>
    </form>
  );
}
