import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { ResponseItem_ResponseFragment } from '../../../gql/graphql';
import { ActionList } from '../actions/ActionItem';
import { Author } from '../../../ui/Author';
import { PlainText } from '../../../ui/PlainText';

graphql(`
  fragment ResponseItem_response on ThreadResponse {
    id
    stance
    body
    reason
    version
    updatedAt
    author {
      id
      displayName
    }
    department {
      id
      name
    }
    actions {
      ...ActionItem_action
    }
  }
`);

type Props = { response: ResponseItem_ResponseFragment; onAnnounce: (message: string) => void; frozen: boolean };

/** A department's answer: its stance in words, why (when not wholly), and the actions it commits to. */
export function ResponseItem({ response, onAnnounce, frozen }: Props) {
  const { t } = useTranslation();
  const who = response.department?.name ?? t('roles.PLANNING');
  return (
    <li className="response" data-response={response.id} tabIndex={-1}>
      <p className="response-head">
        <strong>{who}</strong> <StanceBadge stance={response.stance} /> <Author user={response.author} at={response.updatedAt} />
      </p>
      <PlainText text={response.body} />
      {response.reason && (
        <div className="reason">
          <p className="label">{t('threads.reason')}</p>
          <PlainText text={response.reason} />
        </div>
      )}
      {response.actions.length > 0 && <ActionList actions={response.actions} label={t('improvement.listOf', { name: who })} onAnnounce={onAnnounce} frozen={frozen} />}
    </li>
  );
}

export function StanceBadge({ stance }: { stance: ResponseItem_ResponseFragment['stance'] }) {
  const { t } = useTranslation();
  return <span className={`status stance-${stance.toLowerCase()}`}>{t(`threads.stances.${stance}`)}</span>;
}
