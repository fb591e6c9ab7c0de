import { useLazyQuery } from '@apollo/client/react';
import { fiscalYearLabel } from '@kaizen/shared';
import { useId, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ProgressConfigInput } from '../../gql/graphql';
import { QueryStatus } from '../../ui/QueryStatus';
import { GradeBadge } from '../../ui/GradeBadge';

const ProgressConfigPreviewQuery = graphql(`
  query ProgressConfigPreview($strategyId: ID!, $fiscalYear: Int!, $config: ProgressConfigInput!) {
    progressConfigPreview(strategyId: $strategyId, fiscalYear: $fiscalYear, config: $config) {
      subject
      id
      label
      before
      after
    }
  }
`);

type Props = { strategyId: string; years: number[]; defaultYear: number; config: ProgressConfigInput; disabled: boolean };

/** Before saving: which grades of a year the edited rules would change, as the server would grade them. */
export function GradePreview({ strategyId, years, defaultYear, config, disabled }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [fiscalYear, setFiscalYear] = useState(defaultYear);
  const [run, { data, loading, error, called }] = useLazyQuery(ProgressConfigPreviewQuery, { fetchPolicy: 'network-only' });
  const changes = data?.progressConfigPreview;
  return (
    <section className="card" aria-labelledby={`${id}-heading`} aria-busy={loading}>
      <h2 id={`${id}-heading`}>{t('evaluation.previewHeading')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('evaluation.previewYear')}</label>
          <select id={`${id}-year`} value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))}>
            {years.map((fy) => (
              <option key={fy} value={fy}>
                {t('cycles.yearOption', { year: fiscalYearLabel(fy), fy })}
              </option>
            ))}
          </select>
        </div>
        <button type="button" disabled={disabled || loading} onClick={() => void run({ variables: { strategyId, fiscalYear, config } })}>
          {t('evaluation.previewButton')}
        </button>
      </div>
      <div aria-live="polite">
        {loading || error ? (
          <QueryStatus loading={loading} error={error} />
        ) : !called || !changes ? null : changes.length === 0 ? (
          <p>{t('evaluation.noChanges', { year: fiscalYearLabel(fiscalYear) })}</p>
        ) : (
          <div className="table-scroll">
            <table className="kpi-table">
              <caption>{t('evaluation.changesCaption', { year: fiscalYearLabel(fiscalYear), count: changes.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('evaluation.subject')}</th>
                  <th scope="col">{t('evaluation.before')}</th>
                  <th scope="col">{t('evaluation.after')}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={`${c.subject}-${c.id}`}>
                    <th scope="row">
                      <span className="muted small">{t(`evaluation.subjects.${c.subject}`)}</span> {c.label}
                    </th>
                    <td>
                      <GradeBadge grade={c.before} />
                    </td>
                    <td>
                      <GradeBadge grade={c.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
