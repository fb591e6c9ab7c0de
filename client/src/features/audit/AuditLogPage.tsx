import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AuditTable } from './AuditTable';

const AuditLogQuery = graphql(`
  query AuditLog($entityId: ID, $first: Int!) {
    auditLog(entityId: $entityId, first: $first) {
      id
      action
      at
      entityType
      entityId
      before
      after
      user {
        id
        displayName
        role
        department {
          id
          name
        }
      }
      subject {
        field
        value
        kind
        label
      }
      labels {
        field
        value
        kind
        label
      }
    }
  }
`);

const PAGE = 100;
const MAX = 500;
const KINDS = ['all', 'actual', 'measureReport', 'reviewCycle', 'other'] as const;
type Kind = (typeof KINDS)[number];

const kindOf = (action: string): Kind => {
  const prefix = action.split('.')[0];
  return prefix === 'actual' || prefix === 'measureReport' || prefix === 'reviewCycle' ? prefix : 'other';
};

/** Who wrote what and when, newest first, with each write's changes (政策企画課, administrators). */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const entityId = params.get('entity');
  const [first, setFirst] = useState(PAGE);
  const [kind, setKind] = useState<Kind>('all');
  // entityId is left out rather than sent as null: the server reads an explicit null as "no such record".
  const variables = entityId ? { entityId, first } : { first };
  const { data, loading, error } = useQuery(AuditLogQuery, { variables, fetchPolicy: 'cache-and-network' });
  useDocumentTitle(t('audit.title'));

  const entries = (data?.auditLog ?? []).filter((e) => kind === 'all' || kindOf(e.action) === kind);
  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="lead">{t('audit.lead')}</p>
      <div className="filters">
        <label htmlFor="audit-kind">{t('audit.kind')}</label>
        <select id="audit-kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`audit.kinds.${k}`)}
            </option>
          ))}
        </select>
        {entityId && (
          <button type="button" onClick={() => setParams({})}>
            {t('audit.showAll')}
          </button>
        )}
      </div>
      {!data ? (
        <QueryStatus loading={loading} error={error} />
      ) : entries.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <>
          <AuditTable entries={entries} />
          {data.auditLog.length >= first && first < MAX && (
            <div className="actions">
              <button type="button" disabled={loading} onClick={() => setFirst(Math.min(first + PAGE, MAX))}>
                {loading ? t('common.loading') : t('audit.more')}
              </button>
            </div>
          )}
        </>
      )}
    </>
  );
}
