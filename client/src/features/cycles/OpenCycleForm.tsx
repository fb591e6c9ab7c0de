import { useMutation } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
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

/** Opens the review of a fiscal year (政策企画課), with its due dates. */
export function OpenCycleForm({ strategyId, years }: { strategyId: string; years: number[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [fiscalYear, setFiscalYear] = useState<number | ''>(years[0] ?? '');
  const [dues, setDues] = useState<Record<(typeof DUES)[number], string>>({ collectingDue: '', reviewingDue: '', respondingDue: '' });
  const [failure, setFailure] = useState<string | null>(null);
  const [open, { loading }] = useMutation(OpenReviewCycleMutation, { refetchQueries: ['StrategyCycles', 'StrategyReviewCycles'] });
  if (years.length === 0) return <p className="muted">{t('cycles.allOpened')}</p>;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (fiscalYear === '') return;
    setFailure(null);
    try {
      const { data } = await open({
        variables: {
          input: {
            strategyId,
            fiscalYear,
            collectingDue: dues.collectingDue || null,
            reviewingDue: dues.reviewingDue || null,
            respondingDue: dues.respondingDue || null,
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
          <div className="field" key={k}>
            <label htmlFor={`${id}-${k}`}>{t(`cycle.${k}`)}</label>
            <input id={`${id}-${k}`} type="date" value={dues[k]} onChange={(e) => setDues({ ...dues, [k]: e.target.value })} />
          </div>
        ))}
      </div>
      <FormFooter error={failure} busy={loading} submitLabel={t('cycles.open')} busyLabel={t('common.saving')} />
    </form>
  );
}
