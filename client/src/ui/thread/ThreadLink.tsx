import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { ThreadLink_ThreadFragment as Thread } from '../../gql/graphql';
import { threadHash } from '../../features/council-review/paths';
import { reviewPathOf } from './threadPath';

export const ThreadLink_ThreadFragment = graphql(`
  fragment ThreadLink_thread on ReviewThread {
    id
    kind
    status
    unread
    anchor
    measure {
      id
      code
      title
    }
    goal {
      id
      number
      title
    }
    indicator {
      id
      name
      goal {
        id
      }
      measures {
        id
      }
    }
    posts {
      id
      body
    }
  }
`);

const EXCERPT = 60;

/** One thread in a list: its kind, the start of its opening comment, and what it is about. */
export function ThreadLink({ cycleId, thread }: { cycleId: string; thread: Thread }) {
  const { t } = useTranslation();
  const path = reviewPathOf(cycleId, thread);
  const opening = thread.posts[0]?.body ?? '';
  const excerpt = opening.length > EXCERPT ? `${opening.slice(0, EXCERPT)}…` : opening;
  const about = thread.indicator
    ? thread.indicator.name
    : thread.measure
      ? t('notifications.measureTitle', { code: thread.measure.code, title: thread.measure.title })
      : thread.goal
        ? t('notifications.goalTitle', { number: thread.goal.number, title: thread.goal.title })
        : '';
  const label = (
    <>
      <span className="thread-kind">{t(`notifications.threadKinds.${thread.kind}`)}</span>「{excerpt}」
    </>
  );
  return (
    <>
      {path ? <Link to={path + threadHash(thread.id)}>{label}</Link> : label}
      <span className="thread-about">{about}</span>
      {thread.unread && <span className="unread-badge">{t('notifications.unread')}</span>}
    </>
  );
}
