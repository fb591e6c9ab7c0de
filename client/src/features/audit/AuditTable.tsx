import { fiscalYearLabel } from '@kaizen/shared';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import type { AuditLogQuery } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format';
import { boardPath } from '../cycles/paths';
import { ChangeValue, type Labels } from './ChangeValue';
import { changesOf } from './diff';

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
            const labels: Labels = new Map(e.labels.map((l) => [`${l.field}:${l.value}`, l.label]));
            const type = t(`audit.types.${e.entityType}`, { defaultValue: e.entityType });
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
                <th scope="row">{t(`audit.actions.${e.action}`, { defaultValue: t('audit.otherAction', { type }) })}</th>
                <td>
                  <EntityLabel entry={e} type={type} />
                </td>
                <td>
                  {e.before === null && e.after !== null && <p className="small muted">{t('audit.created')}</p>}
                  {changes.length === 0 ? (
                    <span className="muted">{t('audit.noChange')}</span>
                  ) : (
                    <ul className="changes">
                      {changes.map((c) => (
                        <li key={c.field}>
                          <span className="field-name">{t(`audit.fields.${c.field}`, { defaultValue: t('audit.otherField') })}</span>：
                          {e.before !== null && (
                            <>
                              <del>
                                <span className="visually-hidden">{t('audit.beforeLabel')}</span>
                                <ChangeValue entityType={e.entityType} field={c.field} value={c.before} labels={labels} />
                              </del>
                              <span aria-hidden="true"> → </span>
                            </>
                          )}
                          <ins>
                            <span className="visually-hidden">{t('audit.afterLabel')}</span>
                            <ChangeValue entityType={e.entityType} field={c.field} value={c.after} labels={labels} />
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

/** Where the pages show what an entry is about: a KPI, a measure, a cycle's board. */
function pathOf(subject: NonNullable<AuditRow['subject']>): string | null {
  switch (subject.kind) {
    case 'INDICATOR':
      return `/indicators/${subject.value}`;
    case 'MEASURE':
      return `/measures/${subject.value}`;
    case 'CYCLE':
      return boardPath(subject.value);
    case 'STRATEGY':
      return `/strategies/${subject.value}`;
    default:
      return null;
  }
}

/** What the entry is about, by name (the server names it), with its year and kind of record; never its id. */
function EntityLabel({ entry, type }: { entry: AuditRow; type: string }) {
  const { t } = useTranslation();
  const record = (entry.after ?? entry.before ?? {}) as Record<string, unknown>;
  const fy = typeof record.fiscalYear === 'number' ? fiscalYearLabel(record.fiscalYear) : null;
  const { subject } = entry;
  if (!subject) return <>{fy ? `${type}（${fy}）` : type}</>;
  if (entry.entityType === 'ReviewCycle') {
    const path = pathOf(subject);
    const label = t('audit.cycleLabel', { year: subject.label });
    return path ? <Link to={path}>{label}</Link> : <>{label}</>;
  }
  const path = pathOf(subject);
  return (
    <>
      {path ? <Link to={path}>{subject.label}</Link> : subject.label}
      <span className="muted small">
        （{fy ? `${fy}・` : ''}
        {type}）
      </span>
    </>
  );
}
