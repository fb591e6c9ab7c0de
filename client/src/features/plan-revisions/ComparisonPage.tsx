import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { ComparisonTable } from '../../ui/revision/ComparisonTable';
import { useRevisionComparison } from '../../ui/revision/revisionComparison';
import { formatDate } from '../../ui/format';
import { errorMessage } from '../../ui/graphqlErrors';
import { QueryStatus } from '../../ui/QueryStatus';
import { saveFile } from '../../ui/saveFile';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { revisionPath, strategyRevisionsPath } from './paths';
import { RevisionStateFacts } from '../../ui/revision/RevisionStateFacts';
import './plan-revisions.css';

const ComparisonHeadQuery = graphql(`
  query ComparisonHead($id: ID!) {
    planRevision(id: $id) {
      id
      number
      title
      state
      effectiveFiscalYear
      decidedBy
      decidedOn
      strategy {
        id
        title
        municipality
      }
    }
  }
`);

const PlanComparisonWorkbookQuery = graphql(`
  query PlanComparisonWorkbook($strategyId: ID!, $revisionId: ID!) {
    strategy(id: $strategyId) {
      id
      planComparisonWorkbook(from: { beforeRevisionId: $revisionId }, to: { revisionId: $revisionId })
    }
  }
`);

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * 新旧対照表 of one revision: every field it changes, the plan just before it and as it makes it,
 * grouped by 基本目標 and 施策 as municipalities publish it, ready to print on A4 landscape.
 */
export function ComparisonPage() {
  const { t, i18n } = useTranslation();
  const { revisionId = '' } = useParams();
  const head = useQuery(ComparisonHeadQuery, { variables: { id: revisionId }, fetchPolicy: 'cache-and-network' });
  const revision = head.data?.planRevision;
  // A withdrawn revision makes no version of the plan: nothing to compare.
  const { data, loading, error } = useRevisionComparison(revision?.strategy.id ?? '', revisionId, !revision || revision.state === 'DISCARDED');
  const number = revision ? t('planRevisions.number', { number: revision.number }) : '';
  useDocumentTitle(revision ? t('planRevisions.comparison.documentTitle', { number, title: revision.title }) : t('planRevisions.comparison.title'));
  if (!revision) return <QueryStatus loading={head.loading} error={head.error} />;

  return (
    <div className="plan-comparison">
      <Breadcrumb
        links={[
          { to: strategyRevisionsPath(revision.strategy.id), label: t('planRevisions.title') },
          { to: revisionPath(revision.id), label: number },
        ]}
        current={t('planRevisions.comparison.title')}
      />
      <p className="eyebrow">
        {revision.strategy.municipality} {revision.strategy.title}
      </p>
      <h1>
        {t('planRevisions.comparison.title')}{' '}
        <span className="comparison-of">
          {number} {revision.title}
        </span>
      </h1>
      <dl className="inline-dl comparison-facts">
        <RevisionStateFacts state={revision.state} effectiveFiscalYear={revision.effectiveFiscalYear} />
        <dt>{t('planRevisions.header.decidedBy')}</dt>
        <dd>{revision.decidedBy ?? '–'}</dd>
        <dt>{t('planRevisions.header.decidedOn')}</dt>
        <dd>{revision.decidedOn ? formatDate(revision.decidedOn, i18n.language) : '–'}</dd>
      </dl>
      {revision.state === 'DRAFT' && <p className="notice comparison-draft">{t('planRevisions.comparison.draftNote')}</p>}
      {revision.state === 'DISCARDED' ? (
        <p>{t('planRevisions.comparison.discarded')}</p>
      ) : !data ? (
        <QueryStatus loading={loading} error={error} />
      ) : data.strategy.planComparison.length === 0 ? (
        <p>{t('planRevisions.comparison.none')}</p>
      ) : (
        <>
          <div className="no-print comparison-tools">
            <button type="button" onClick={() => window.print()}>
              {t('planRevisions.comparison.print')}
            </button>
            <WorkbookDownload strategyId={revision.strategy.id} revisionId={revision.id} fileName={t('planRevisions.comparison.fileName', { number })} />
          </div>
          <ComparisonTable rows={data.strategy.planComparison} goals={data.strategy.goals} caption={t('planRevisions.comparison.caption', { number, title: revision.title })} />
        </>
      )}
    </div>
  );
}

type Download = { text: string; failed?: boolean };

/**
 * 「Excel でダウンロード」: the same two versions as the table, as the server lays them out for print
 * (.xlsx, base64), saved under the revision's name; what came of it is said beside the button, focused.
 */
function WorkbookDownload({ strategyId, revisionId, fileName }: { strategyId: string; revisionId: string; fileName: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Download | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  async function download() {
    setBusy(true);
    setResult(null);
    try {
      // Made afresh each time (the draft may have changed), and not kept: a workbook is large.
      const { data } = await client.query({ query: PlanComparisonWorkbookQuery, variables: { strategyId, revisionId }, fetchPolicy: 'no-cache' });
      const bytes = Uint8Array.from(atob(data!.strategy.planComparisonWorkbook), (c) => c.charCodeAt(0));
      saveFile(new Blob([bytes], { type: XLSX }), fileName);
      setResult({ text: t('planRevisions.comparison.downloaded', { fileName }) });
    } catch (error) {
      setResult({ text: t('planRevisions.comparison.downloadFailed', { detail: errorMessage(error, t) }), failed: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" disabled={busy} aria-busy={busy} onClick={() => void download()}>
        {busy ? t('planRevisions.comparison.downloading') : t('planRevisions.comparison.download')}
      </button>
      {result && (
        <p ref={resultRef} tabIndex={-1} role={result.failed ? 'alert' : 'status'} className={result.failed ? 'form-error' : 'notice'}>
          {result.text}
        </p>
      )}
    </>
  );
}
