import { fiscalYearLabel } from '@kaizen/shared';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { PackThread_ThreadFragment } from '../../gql/graphql';
import { Author } from '../../ui/Author';
import { Heading, type Level } from '../../ui/Heading';
import { PlainText } from '../../ui/PlainText';

graphql(`
  fragment PackAction_action on ImprovementAction {
    id
    description
    dueFiscalYear
    status
    ownerDepartment {
      id
      name
    }
  }
`);

graphql(`
  fragment PackThread_thread on ReviewThread {
    id
    anchor
    kind
    status
    leftReason
    goal {
      id
    }
    measure {
      id
    }
    indicator {
      id
      name
    }
    posts {
      id
      body
      createdAt
      author {
        id
        displayName
      }
    }
    responses {
      id
      stance
      body
      reason
      department {
        id
        name
      }
      actions {
        ...PackAction_action
      }
    }
    actions {
      ...PackAction_action
    }
  }
`);

type Thread = PackThread_ThreadFragment;
type Action = Thread['actions'][number];

/** The threads on one goal or on one measure and its KPIs, with their anchors'. */
export function threadsOf(threads: Thread[], anchor: 'GOAL' | 'MEASURE', id: string, indicatorIds: ReadonlySet<string> = new Set()): Thread[] {
  return threads.filter((th) =>
    anchor === 'GOAL' ? th.anchor === 'GOAL' && th.goal?.id === id : (th.anchor === 'MEASURE' && th.measure?.id === id) || (th.anchor === 'INDICATOR' && !!th.indicator && indicatorIds.has(th.indicator.id)),
  );
}

type Props = { threads: Thread[]; heading: string; level: Level };

/** 論点: each comment, its replies, the departments' answers and the improvement actions, as read at the meeting. */
export function PackThreads({ threads, heading, level }: Props) {
  const { t } = useTranslation();
  const below = (level + 1) as Level;
  return (
    <section className="pack-threads">
      <Heading level={level}>{heading}</Heading>
      {threads.length === 0 ? (
        <p className="muted">{t('councilPack.noThreads')}</p>
      ) : (
        threads.map((th) => <PackThread key={th.id} thread={th} level={below} />)
      )}
    </section>
  );
}

function PackThread({ thread, level }: { thread: Thread; level: Level }) {
  const { t } = useTranslation();
  const [first, ...replies] = thread.posts;
  const fromResponses = new Set(thread.responses.flatMap((r) => r.actions.map((a) => a.id)));
  const ownActions = thread.actions.filter((a) => !fromResponses.has(a.id));
  return (
    <article className="pack-thread">
      <Heading level={level} className="thread-title">
        {t('threads.title', { kind: t(`threads.kinds.${thread.kind}`), name: first?.author.displayName ?? '' })}{' '}
        <span className={`status thread-status-${thread.status.toLowerCase()}`}>{t(`threads.statuses.${thread.status}`)}</span>
      </Heading>
      {thread.indicator && <p className="muted small">{t('councilPack.onKpi', { name: thread.indicator.name })}</p>}
      {[first, ...replies].filter(Boolean).map((p) => (
        <div key={p.id} className="pack-post">
          <p className="post-head">
            <Author user={p.author} at={p.createdAt} />
          </p>
          <PlainText text={p.body} />
        </div>
      ))}
      {thread.responses.map((r) => (
        <div key={r.id} className="pack-response">
          <p className="response-head">
            <strong>{r.department?.name ?? t('roles.PLANNING')}</strong> <span className={`status stance-${r.stance.toLowerCase()}`}>{t(`threads.stances.${r.stance}`)}</span>
          </p>
          <PlainText text={r.body} />
          {r.reason && (
            <p>
              {t('threads.reason')}：{r.reason}
            </p>
          )}
          <PackActions actions={r.actions} />
        </div>
      ))}
      <PackActions actions={ownActions} />
      {thread.leftReason && <p>{t('threads.leftBecause', { reason: thread.leftReason })}</p>}
    </article>
  );
}

function PackActions({ actions }: { actions: Action[] }) {
  const { t } = useTranslation();
  if (actions.length === 0) return null;
  return (
    <ul className="pack-actions" aria-label={t('councilPack.actions')}>
      {actions.map((a) => (
        <li key={a.id}>
          <strong>{t('councilPack.action')}</strong> {a.description}（{t('improvement.owner', { name: a.ownerDepartment?.name ?? t('roles.PLANNING') })}・
          {t('improvement.due', { year: fiscalYearLabel(a.dueFiscalYear) })}・{t(`improvement.statuses.${a.status}`)}）
        </li>
      ))}
    </ul>
  );
}
