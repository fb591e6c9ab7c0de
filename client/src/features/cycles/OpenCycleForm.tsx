import { useMutation } from '@apollo/client/react';
import { fiscalYearLabel, parseLocalDate } from '@kaizen/shared';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { DateField } from '../../ui/DateField';
import { FormFooter } from '../../ui/FormFooter';
import { errorMessage } from '../../ui/graphqlErrors';
import { boardPath } from './paths';

const OpenReviewCycleMutation = graphql(`
  mutation OpenReviewCycle($input: OpenReviewCycleInput!) {
    openReviewCycle(input: $input) {
      id
      fiscalYear
      state
      version
      collectingDue
      reviewingDue
      respondingDue
    }
  }
`);

const DUES = ['collectingDue', 'reviewingDue', 'respondingDue'] as const;
type Due = (typeof DUES)[number];

/** Opens the review of a fiscal year (政策企画課), with its due dates. */
export function OpenCycleForm({ strategyId, years }: { strategyId: string; years: number[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [fiscalYear, setFiscalYear] = useState<number | ''>(years[0] ?? '');
  const [dues, setDues] = useState<Record<Due, string>>({ collectingDue: '', reviewingDue: '', respondingDue: '' });
  const [failure, setFailure] = useState<string | null>(null);
  const [badDates, setBadDates] = useState<ReadonlySet<Due>>(new Set());
  const dueRefs = useRef<Partial<Record<Due, HTMLInputElement | null>>>({});
  const [open, { loading }] = useMutation(OpenReviewCycleMutation, { refetchQueries: ['StrategyCycles', 'StrategyReviewCycles'] });
  if (years.length === 0) return <p className="muted">{t('cycles.allOpened')}</p>;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (fiscalYear === '') return;
    setFailure(null);
    const parsed = Object.fromEntries(DUES.map((k) => [k, dues[k].trim() ? parseLocalDate(dues[k]) : null])) as Record<Due, string | null>;
    const bad = new Set(DUES.filter((k) => dues[k].trim() && !parsed[k]));
    setBadDates(bad);
    const first = DUES.find((k) => bad.has(k));
    if (first) {
      dueRefs.current[first]?.focus();
      return;
    }
    try {
      const { data } = await open({
        variables: {
          input: {
            strategyId,
            fiscalYear,
            collectingDue: parsed.collectingDue,
            reviewingDue: parsed.reviewingDue,
            respondingDue: parsed.respondingDue,
          },
        },
      });
      navigate(boardPath(data!.openReviewCycle.id));
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  }

  return (
    <form className="card form" onSubmit={onSubmit} aria-labelledby={`${id}-heading`} aria-busy={loading}>
      <h3 id={`${id}-heading`}>{t('cycles.openHeading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('cycles.fiscalYear')}</label>
        <select id={`${id}-year`} value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {t('cycles.yearOption', { year: fiscalYearLabel(y), fy: y })}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        {DUES.map((k) => (
          <DateField
            key={k}
            ref={(element) => {
              dueRefs.current[k] = element;
            }}
            label={t(`cycle.${k}`)}
            value={dues[k]}
            onChange={(value) => setDues({ ...dues, [k]: value })}
            error={badDates.has(k) ? t('dateField.invalid') : undefined}
          />
        ))}
      </div>
      <FormFooter error={failure} busy={loading} submitLabel={t('cycles.open')} busyLabel={t('common.saving')} />
    </form>
  );
}
