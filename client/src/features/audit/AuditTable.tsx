import { fiscalYearLabel } from '@kaizen/shared';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import type { AuditLogQuery } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format';
import { boardPath } from '../cycles/paths';
import { changesOf } from './diff';
import { ChangeValue } from './ChangeValue';

export type AuditRow = AuditLogQuery['auditLog'][number];

/** The audit log as a table: when, who, what action, on what, and the fields before → after. */
export function AuditTable({ entries }: { entries: AuditRow[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={t('audit.caption')} tabIndex={0}>
      <table className="kpi-table audit-table">
        <caption>{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.entity')}</th>
            <th scope="col">{t('audit.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const changes = changesOf(e.before, e.after);
            return (
              <tr key={e.id}>
                <td className="num">
                  <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
                </td>
                <td>
                  {e.user ? (
                    <>
                      {e.user.displayName}
                      <span className="muted small">
                        （{t(`roles.${e.user.role}`)}
                        {e.user.department && `・${e.user.department.name}`}）
                      </span>
                    </>
                  ) : (
                    t('audit.system')
                  )}
                </td>
                <th scope="row">
                  {t(`audit.actions.${e.action}`, { defaultValue: e.action })}
                  <br />
                  <code className="small">{e.action}</code>
                </th>
                <td>
                  <EntityLabel entry={e} />
                </td>
                <td>
                  {e.before === null && e.after !== null && <p className="small muted">{t('audit.created')}</p>}
                  {changes.length === 0 ? (
                    <span className="muted">{t('audit.noChange')}</span>
                  ) : (
                    <ul className="changes">
                      {changes.map((c) => (
                        <li key={c.field}>
                          <span className="field-name">{t(`audit.fields.${c.field}`, { defaultValue: c.field })}</span>：
                          {e.before !== null && (
                            <>
                              <del>
                                <span className="visually-hidden">{t('audit.beforeLabel')}</span>
                                <ChangeValue field={c.field} value={c.before} />
                              </del>
                              <span aria-hidden="true"> → </span>
                            </>
                          )}
                          <ins>
                            <span className="visually-hidden">{t('audit.afterLabel')}</span>
                            <ChangeValue field={c.field} value={c.after} />
                          </ins>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function EntityLabel({ entry }: { entry: AuditRow }) {
  const { t } = useTranslation();
  const record = (entry.after ?? entry.before ?? {}) as Record<string, unknown>;
  const fy = typeof record.fiscalYear === 'number' ? fiscalYearLabel(record.fiscalYear) : null;
  const type = t(`audit.types.${entry.entityType}`, { defaultValue: entry.entityType });
  if (typeof record.indicatorId === 'string') {
    return (
      <>
        <Link to={`/indicators/${record.indicatorId}`}>{entry.indicator?.name ?? record.indicatorId}</Link>
        <span className="muted small">（{fy ? `${fy}・` : ''}{type}）</span>
      </>
    );
  }
  if (typeof record.measureId === 'string') {
    return (
      <>
        <Link to={`/measures/${record.measureId}`}>{entry.measure ? `${entry.measure.code} ${entry.measure.title}` : record.measureId}</Link>
        <span className="muted small">（{type}）</span>
      </>
    );
  }
  if (entry.entityType === 'ReviewCycle' && fy) return <Link to={boardPath(entry.entityId)}>{t('audit.cycleLabel', { year: fy })}</Link>;
  return (
    <>
      {type} <code className="small">{entry.entityId.slice(0, 8)}</code>
    </>
  );
}
