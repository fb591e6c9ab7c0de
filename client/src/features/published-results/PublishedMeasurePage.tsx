import { useQuery } from '@apollo/client/react';
import { fiscalYearLabel, NO_VALUE, reiwaLabel } from '@kaizen/shared';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { CycleCrumbs_CycleFragment, Dialogue_RowFragment } from '../../gql/graphql';
import { Breadcrumb } from '../../ui/Breadcrumb';
import { formatDateTime } from '../../ui/format';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ReportFields } from './ReportFields';
import { publishedCyclePath, publishedCyclesPath } from './paths';

graphql(`
  fragment Dialogue_row on PublishedMeasureReport {
    threads {
      id
      kind
      status
      subject
      leftReason
      posts {
        body
        createdAt
        author {
          role
          departmentName
        }
      }
      responses {
        stance
        body
        reason
        author {
          role
          departmentName
        }
      }
      actions {
        id
        description
        dueFiscalYear
        status
        ownerDepartmentName
        nextYear {
          fiscalYear
          status
          notes
        }
      }
    }
  }
`);

graphql(`
  fragment CycleCrumbs_cycle on PublishedCycle {
    id
    fiscalYear
    strategy {
      id
    }
  }
`);

const PublishedMeasureQuery = graphql(`
  query PublishedMeasure($id: ID!, $measureId: ID!) {
    publishedCycle(id: $id) {
      ...CycleCrumbs_cycle
      measure(measureId: $measureId) {
        measureCode
        measureTitle
        ...ReportFields_report
        ...Dialogue_row
      }
    }
  }
`);

const PublishedGoalQuery = graphql(`
  query PublishedGoal($id: ID!, $goalNumber: Int!) {
    publishedCycle(id: $id) {
      ...CycleCrumbs_cycle
      goal(goalNumber: $goalNumber) {
        goalNumber
        goalTitle
        ...Dialogue_row
      }
    }
  }
`);

type Thread = Dialogue_RowFragment['threads'][number];
type Author = Thread['posts'][number]['author'];

/** A post's author as the published page names them: 市民会議委員, or the department for its staff; never a person. */
function useAuthorLabel() {
  const { t } = useTranslation();
  return (a: Author) => (a.role === 'DEPARTMENT' && a.departmentName ? a.departmentName : t(`published.roles.${a.role}`));
}

/** The council's dialogue on one measure of a published year: comment → response → improvement action → the next year's result. */
export function PublishedMeasurePage() {
  const { t } = useTranslation();
  const { cycleId = '', measureId = '' } = useParams();
  const { data, loading, error } = useQuery(PublishedMeasureQuery, { variables: { id: cycleId, measureId } });
  const cycle = data?.publishedCycle;
  const m = cycle?.measure;
  useDocumentTitle(cycle && m && `${m.measureCode} ${m.measureTitle} — ${t('published.cycleTitle', { year: fiscalYearLabel(cycle.fiscalYear) })}`);
  if (!cycle || !m) return <QueryStatus loading={loading} error={error} />;
  return (
    <>
      <CycleCrumbs cycle={cycle} />
      <h1>
        {m.measureCode} {m.measureTitle}
      </h1>
      <p className="lead">{t('published.measureLead', { year: fiscalYearLabel(cycle.fiscalYear) })}</p>
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">{t('published.report')}</h2>
        <ReportFields report={m} />
      </section>
      <Dialogue threads={m.threads} />
    </>
  );
}

/** The council's dialogue on a goal as a whole, beside its measures'. */
export function PublishedGoalPage() {
  const { t } = useTranslation();
  const { cycleId = '', goalNumber = '' } = useParams();
  const { data, loading, error } = useQuery(PublishedGoalQuery, { variables: { id: cycleId, goalNumber: Number(goalNumber) } });
  const cycle = data?.publishedCycle;
  const g = cycle?.goal;
  const title = g && t('published.goalDialogueTitle', { number: g.goalNumber, title: g.goalTitle });
  useDocumentTitle(cycle && title && `${title} — ${t('published.cycleTitle', { year: fiscalYearLabel(cycle.fiscalYear) })}`);
  if (!cycle || !g) return <QueryStatus loading={loading} error={error} />;
  return (
    <>
      <CycleCrumbs cycle={cycle} />
      <h1>{title}</h1>
      <Dialogue threads={g.threads} />
    </>
  );
}

function CycleCrumbs({ cycle }: { cycle: CycleCrumbs_CycleFragment }) {
  const { t } = useTranslation();
  return (
    <Breadcrumb
      links={[
        { to: publishedCyclesPath(cycle.strategy.id), label: t('published.listShort') },
        { to: publishedCyclePath(cycle.id), label: t('published.cycleTitle', { year: fiscalYearLabel(cycle.fiscalYear) }) },
      ]}
    />
  );
}

function Dialogue({ threads }: { threads: Thread[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dialogue-heading">
      <h2 id="dialogue-heading">{t('published.dialogue', { count: threads.length })}</h2>
      {threads.length === 0 && <p>{t('published.noThreads')}</p>}
      {threads.map((thread, k) => (
        <ThreadView key={thread.id} thread={thread} number={k + 1} />
      ))}
    </section>
  );
}

function ThreadView({ thread, number }: { thread: Thread; number: number }) {
  const { t, i18n } = useTranslation();
  const author = useAuthorLabel();
  const heading = `thread-${thread.id}`;
  return (
    <article className="published-thread" aria-labelledby={heading}>
      <h3 id={heading}>
        {t('published.threadHeading', { number, kind: t(`published.kinds.${thread.kind}`), subject: thread.subject })}
      </h3>
      <p className="muted">{t(`published.statuses.${thread.status}`)}{thread.leftReason ? `（${thread.leftReason}）` : ''}</p>
      <h4>{t('published.comments')}</h4>
      <ol className="published-posts">
        {thread.posts.map((p, k) => (
          <li key={k}>
            <p className="published-body">{p.body}</p>
            <p className="muted">
              {author(p.author)}・<time dateTime={p.createdAt}>{formatDateTime(p.createdAt, i18n.language)}</time>
            </p>
          </li>
        ))}
      </ol>
      <h4>{t('published.responses')}</h4>
      {thread.responses.length === 0 ? (
        <p>{NO_VALUE}</p>
      ) : (
        <ul className="published-posts">
          {thread.responses.map((r, k) => (
            <li key={k}>
              <p>
                <strong>{t(`published.stances.${r.stance}`)}</strong>（{author(r.author)}）
              </p>
              <p className="published-body">{r.body}</p>
              {r.reason && <p>{t('published.reason', { reason: r.reason })}</p>}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('published.actions')}</h4>
      {thread.actions.length === 0 ? (
        <p>{NO_VALUE}</p>
      ) : (
        <ul className="published-posts">
          {thread.actions.map((a) => (
            <li key={a.id}>
              <p className="published-body">{a.description}</p>
              <p className="muted">
                {t('published.actionMeta', { department: a.ownerDepartmentName ?? NO_VALUE, due: reiwaLabel(a.dueFiscalYear), status: t(`published.actionStatuses.${a.status}`) })}
              </p>
              {a.nextYear ? (
                <p>
                  {t('published.nextYear', { year: fiscalYearLabel(a.nextYear.fiscalYear), status: t(`published.actionStatuses.${a.nextYear.status}`) })}
                  {a.nextYear.notes.length > 0 && `：${a.nextYear.notes.join('／')}`}
                </p>
              ) : (
                <p className="muted">{t('published.nextYearPending')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
