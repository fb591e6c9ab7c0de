import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel, REVISABLE_FIELDS } from '@kaizen/shared';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { IndicatorHistoryQuery } from '../../gql/graphql';
import { formatDate } from '../../ui/format';
import { QueryStatus } from '../../ui/QueryStatus';
import { revisionPath } from '../plan-revisions/paths';

const IndicatorHistoryQuery = graphql(`
  query IndicatorHistory($id: ID!) {
    indicator(id: $id) {
      id
      history {
        id
        action
        field
        fieldLabel
        beforeText
        afterText
        reason
        revision {
          id
          number
          title
          effectiveFiscalYear
          decidedBy
          decidedOn
          reason
        }
      }
    }
  }
`);

type Change = IndicatorHistoryQuery['indicator']['history'][number];
type Revision = Change['revision'];

/** The changes in the order adopted, a group a revision. */
function byRevision(history: Change[]): { revision: Revision; changes: Change[] }[] {
  const groups: { revision: Revision; changes: Change[] }[] = [];
  for (const change of history) {
    const last = groups[groups.length - 1];
    if (last?.revision.id === change.revision.id) last.changes.push(change);
    else groups.push({ revision: change.revision, changes: [change] });
  }
  return groups;
}

/**
 * 改訂の履歴: how the plan's revisions changed this KPI (its target, above all), from which year, and
 * why. Signed in only (the server's rule for revisions): the page asks only then.
 */
export function IndicatorHistory({ indicatorId }: { indicatorId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(IndicatorHistoryQuery, { variables: { id: indicatorId }, fetchPolicy: 'cache-and-network' });
  const label = (c: Change) => (c.action === 'ADD' ? t('planRevisions.added') : i18n.language === 'en' ? (REVISABLE_FIELDS.INDICATOR[c.field]?.label.en ?? c.fieldLabel) : c.fieldLabel);
  return (
    <section aria-labelledby="revision-history">
      <h2 id="revision-history">{t('planRevisions.history.heading')}</h2>
      {!data ? (
        <QueryStatus loading={loading} error={error} />
      ) : data.indicator.history.length === 0 ? (
        <p className="muted">{t('planRevisions.history.none')}</p>
      ) : (
        <ol className="plain-list revision-history">
          {byRevision(data.indicator.history).map(({ revision: r, changes }) => (
            <li key={r.id} className="card">
              <h3>
                {t('planRevisions.fromYear', { year: fiscalYearLabel(r.effectiveFiscalYear), fy: r.effectiveFiscalYear })}{' '}
                <Link to={revisionPath(r.id)}>
                  {t('planRevisions.number', { number: r.number })} {r.title}
                </Link>
              </h3>
              {(r.decidedBy || r.decidedOn) && (
                <p className="muted small">{t('planRevisions.history.decided', { by: r.decidedBy ?? '', on: r.decidedOn ? formatDate(r.decidedOn, i18n.language) : '' }).trim()}</p>
              )}
              <ul className="changes">
                {changes.map((c) => (
                  <li key={c.id}>
                    <span className="field-name">{label(c)}</span>：<del>
                      <span className="visually-hidden">{t('planRevisions.history.before')}</span>
                      {c.beforeText}
                    </del>{' '}
                    <span aria-hidden="true">→</span>{' '}
                    <ins>
                      <span className="visually-hidden">{t('planRevisions.history.after')}</span>
                      {c.afterText}
                    </ins>
                    <p className="small">{t('planRevisions.history.reason', { reason: c.reason ?? r.reason })}</p>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
