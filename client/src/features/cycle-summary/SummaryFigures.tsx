import { useId } from 'react';
import { useTranslation } from '../../app/i18n';
import type { CycleSummaryQuery } from '../../gql/graphql';

type Summary = CycleSummaryQuery['reviewCycle']['summary'];
type Counts = { label: string; count: number }[];

/** The conversation in figures: threads by kind and status, responses by stance, actions by status. */
export function SummaryFigures({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('summary.figuresHeading', { count: summary.threads })}</h2>
      <div className="figures">
        <CountList title={t('summary.byKind')} counts={summary.threadsByKind} labels="notifications.threadKinds" />
        <CountList title={t('summary.byStatus')} counts={summary.threadsByStatus} labels="summary.threadStatuses" />
        <CountList title={t('summary.byStance')} counts={summary.responsesByStance} labels="summary.stances" />
        <CountList title={t('summary.actionsByStatus')} counts={summary.actionsByStatus} labels="improvement.statuses" />
      </div>
    </section>
  );
}

function CountList({ title, counts, labels }: { title: string; counts: Counts; labels: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="card figure">
      <h3 id={id}>{title}</h3>
      <dl aria-labelledby={id}>
        {counts.map((c) => (
          <div key={c.label} className="figure-row">
            <dt>{t(`${labels}.${c.label}`)}</dt>
            <dd>{t('notifications.count', { count: c.count })}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
