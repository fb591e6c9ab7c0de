import { declarableNotGraded, fiscalYearLabel, parseBoundedInput, valueBoundSuffix } from '@kaizen/shared';
import { useId, useImperativeHandle, useRef, type FormEvent, type Ref } from 'react';
import { useTranslation } from '../../app/i18n';
import { formatQuantity } from '../../ui/format';
import type { NotGraded } from '../../gql/graphql';
import type { Draft, DraftProblems } from './draft';
import { RequiredMark } from '../../ui/RequiredMark';

export type ActualFormField = 'value' | 'notKnownReason' | 'links' | 'periodFiscalYear' | 'notGraded';
export type ActualFormHandle = { focus(field: ActualFormField): void };

type Props = {
  ref?: Ref<ActualFormHandle>;
  draft: Draft;
  /** The cycle's year; the value may describe one of the five before it. */
  fiscalYear: number;
  onChange: (draft: Draft) => void;
  problems: DraftProblems;
  /** Show "required" problems too (after a save was tried). */
  showRequired: boolean;
  /** Messages from the server about a field. */
  serverErrors: Partial<Record<ActualFormField, string>>;
  unit: string;
  /** 延べ: the year's own figure is entered, never the running total. */
  cumulative: boolean;
  /** A value above this is far beyond the plan's figures: shown for a second look, never refused. */
  plausibleMax: number | null;
  busy: 'save' | 'submit' | null;
  onSave: () => void;
  onSubmit: () => void;
};

/** The fields of an actual: a value as typed (or "not yet known" and why), note, evidence links. */
export function ActualForm({ ref, draft, fiscalYear, onChange, problems, showRequired, serverErrors, unit, cumulative, plausibleMax, busy, onSave, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const ids = {
    value: `${id}-value`,
    valueHint: `${id}-value-hint`,
    valueError: `${id}-value-error`,
    valueCheck: `${id}-value-check`,
    parsed: `${id}-parsed`,
    notKnown: `${id}-not-known`,
    reason: `${id}-reason`,
    reasonError: `${id}-reason-error`,
    note: `${id}-note`,
    links: `${id}-links`,
    linksHint: `${id}-links-hint`,
    linksError: `${id}-links-error`,
    period: `${id}-period`,
    periodHint: `${id}-period-hint`,
    periodError: `${id}-period-error`,
    periodLabel: `${id}-period-label`,
    notGraded: `${id}-not-graded`,
    notGradedError: `${id}-not-graded-error`,
  };
  const refs = {
    value: useRef<HTMLInputElement>(null),
    notKnownReason: useRef<HTMLTextAreaElement>(null),
    links: useRef<HTMLTextAreaElement>(null),
    periodFiscalYear: useRef<HTMLSelectElement>(null),
    notGraded: useRef<HTMLSelectElement>(null),
  };
  useImperativeHandle(ref, () => ({ focus: (field) => refs[field].current?.focus() }));
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });

  const valueError =
    serverErrors.value ??
    (problems.value === 'NOT_A_NUMBER'
      ? t('entry.notANumber', { text: draft.valueText.trim() })
      : problems.value === 'EMPTY' && showRequired
        ? t('entry.valueRequired')
        : undefined);
  const reasonError = serverErrors.notKnownReason ?? (problems.notKnownReason && showRequired ? t('entry.reasonRequired') : undefined);
  const linksError = serverErrors.links ?? (problems.links ? t('entry.badLinks', { links: problems.links.join('、') }) : undefined);
  const parsed = draft.notKnown ? null : parseBoundedInput(draft.valueText);
  const earlierYears = Array.from({ length: 5 }, (_, i) => fiscalYear - 1 - i);
  const reasonShown = draft.notKnown || !!draft.notGraded;
  const unusual = parsed?.ok && plausibleMax !== null && Math.abs(parsed.value) > plausibleMax;
  const describedBy = (...list: (string | false | undefined)[]) => list.filter(Boolean).join(' ') || undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave();
  }

  return (
    <form className="card form" onSubmit={submit} noValidate aria-busy={busy !== null}>
      <fieldset className="plain">
        <legend className="visually-hidden">{t('entry.valueLegend')}</legend>
        <div className="field">
          <label htmlFor={ids.value}>
            {t('entry.value')}
            {unit && <span className="muted">（{t('entry.unit', { unit })}）</span>}
            {!draft.notKnown && <RequiredMark />}
          </label>
          <input
            ref={refs.value}
            id={ids.value}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={draft.valueText}
            disabled={draft.notKnown}
            onChange={(e) => set({ valueText: e.target.value })}
            aria-required={!draft.notKnown}
            aria-invalid={!!valueError}
            aria-describedby={describedBy(ids.valueHint, valueError && ids.valueError, ids.parsed, unusual && ids.valueCheck)}
          />
          <p id={ids.valueHint} className="hint">
            {cumulative && <strong>{t('entry.cumulativeHint')} </strong>}
            {t('entry.valueHint')}
          </p>
          <div aria-live="polite">
            {valueError && (
              <p id={ids.valueError} className="field-error">
                {valueError}
              </p>
            )}
          </div>
          {unusual && (
            <p id={ids.valueCheck} className="notice">
              {t('entry.unusualValue')}
            </p>
          )}
          {parsed?.ok && draft.valueText.trim() && (
            <p id={ids.parsed} className="parsed">
              {t('entry.readAs', { value: formatQuantity(parsed.value, unit, i18n.language) + (parsed.bound ? valueBoundSuffix[parsed.bound] : '') })}
            </p>
          )}
        </div>
        <div className="field checkbox">
          <input id={ids.notKnown} type="checkbox" checked={draft.notKnown} onChange={(e) => set({ notKnown: e.target.checked })} />
          <label htmlFor={ids.notKnown}>{t('entry.notKnown')}</label>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.period}>{t('entry.period')}</label>
            <select
              ref={refs.periodFiscalYear}
              id={ids.period}
              value={draft.periodFiscalYear}
              onChange={(e) => set({ periodFiscalYear: e.target.value })}
              aria-invalid={!!serverErrors.periodFiscalYear}
              aria-describedby={describedBy(ids.periodHint, serverErrors.periodFiscalYear && ids.periodError)}
            >
              <option value="">{t('entry.periodThisYear', { year: fiscalYearLabel(fiscalYear) })}</option>
              {earlierYears.map((fy) => (
                <option key={fy} value={String(fy)}>
                  {t('entry.periodEarlier', { year: fiscalYearLabel(fy) })}
                </option>
              ))}
            </select>
            <p id={ids.periodHint} className="hint">
              {t('entry.periodHint')}
            </p>
            {serverErrors.periodFiscalYear && (
              <p id={ids.periodError} className="field-error">
                {serverErrors.periodFiscalYear}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={ids.periodLabel}>{t('entry.periodLabel')}</label>
            <input
              id={ids.periodLabel}
              type="text"
              autoComplete="off"
              maxLength={40}
              placeholder={t('entry.periodLabelExample')}
              value={draft.periodLabel}
              onChange={(e) => set({ periodLabel: e.target.value })}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={ids.notGraded}>{t('entry.notGraded')}</label>
          <select
            ref={refs.notGraded}
            id={ids.notGraded}
            value={draft.notGraded}
            onChange={(e) => set({ notGraded: e.target.value as NotGraded | '' })}
            aria-invalid={!!serverErrors.notGraded}
            aria-describedby={describedBy(serverErrors.notGraded && ids.notGradedError)}
          >
            <option value="">{t('entry.graded')}</option>
            {declarableNotGraded.map((code) => (
              <option key={code} value={code}>
                {t(`entry.notGradedOptions.${code}`)}
              </option>
            ))}
          </select>
          {serverErrors.notGraded && (
            <p id={ids.notGradedError} className="field-error">
              {serverErrors.notGraded}
            </p>
          )}
        </div>
        {reasonShown && (
          <div className="field">
            <label htmlFor={ids.reason}>
              {draft.notKnown ? t('entry.notKnownReason') : t('entry.notGradedReason')}
              <RequiredMark />
            </label>
            <textarea
              ref={refs.notKnownReason}
              id={ids.reason}
              rows={2}
              value={draft.notKnownReason}
              onChange={(e) => set({ notKnownReason: e.target.value })}
              aria-required
              aria-invalid={!!reasonError}
              aria-describedby={describedBy(reasonError && ids.reasonError)}
            />
            {reasonError && (
              <p id={ids.reasonError} className="field-error">
                {reasonError}
              </p>
            )}
          </div>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.note}>{t('entry.note')}</label>
        <textarea id={ids.note} rows={3} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={ids.links}>{t('entry.links')}</label>
        <textarea
          ref={refs.links}
          id={ids.links}
          rows={2}
          value={draft.linksText}
          onChange={(e) => set({ linksText: e.target.value })}
          aria-invalid={!!linksError}
          aria-describedby={describedBy(ids.linksHint, linksError && ids.linksError)}
        />
        <p id={ids.linksHint} className="hint">
          {t('entry.linksHint')}
        </p>
        {linksError && (
          <p id={ids.linksError} className="field-error">
            {linksError}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" disabled={busy !== null}>
          {busy === 'save' ? t('common.saving') : t('entry.saveDraft')}
        </button>
        <button type="button" className="primary" disabled={busy !== null} onClick={onSubmit}>
          {busy === 'submit' ? t('entry.submitting') : t('entry.submit')}
        </button>
      </div>
    </form>
  );
}
