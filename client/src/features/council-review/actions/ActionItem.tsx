import { fiscalYearLabel } from '@kaizen/shared';
import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../app/i18n';
import { graphql } from '../../../gql';
import type { ActionItem_ActionFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../ui/format';
import { useViewer } from '../../auth/viewer';
import { revisionFromActionPath } from '../../plan-revisions/paths';
import { ActionUpdateForm } from './ActionUpdateForm';
import { PlainText } from '../../../ui/PlainText';

graphql(`
  fragment ActionItem_action on ImprovementAction {
    id
    description
    dueFiscalYear
    originFiscalYear
    status
    version
    ownerDepartment {
      id
      name
    }
    progressNotes {
      id
      at
      body
      status
    }
  }
`);

/** `frozen`: shown as a closed review recorded it; progress is noted on the open cycle's pages, where it shows. */
type Props = { action: ActionItem_ActionFragment; onAnnounce: (message: string) => void; frozen?: boolean };

/** Actions in a list; `label` says whose they are where no heading does. */
export function ActionList({ actions, label, onAnnounce, frozen }: { actions: ActionItem_ActionFragment[]; label?: string; onAnnounce: (message: string) => void; frozen?: boolean }) {
  return (
    <ul className="plain-list actions-list" aria-label={label}>
      {actions.map((a) => (
        <ActionItem key={a.id} action={a} onAnnounce={onAnnounce} frozen={frozen} />
      ))}
    </ul>
  );
}

/** 改善アクション: what, who, by when, how it stands, and its progress notes oldest first. */
export function ActionItem({ action, onAnnounce, frozen }: Props) {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const id = useId();
  const owner = action.ownerDepartment;
  // As the server's rule: the owner department carries it forward, the planning division oversees.
  const mayUpdate = !frozen && (viewer?.role === 'PLANNING' || (viewer?.role === 'DEPARTMENT' && !!owner && viewer.department?.id === owner.id));
  return (
    <li className="action card" data-action={action.id} tabIndex={-1}>
      <p className="action-head">
        <ActionStatusBadge status={action.status} />
        <span>{t('improvement.owner', { name: owner?.name ?? t('roles.PLANNING') })}</span>
        <span>{t('improvement.due', { year: fiscalYearLabel(action.dueFiscalYear) })}</span>
        <span className="muted">{t('improvement.origin', { year: fiscalYearLabel(action.originFiscalYear) })}</span>
      </p>
      <PlainText text={action.description} id={`${id}-description`} />
      {action.progressNotes.length > 0 && (
        <ol className="progress-notes" aria-label={t('improvement.notes')}>
          {action.progressNotes.map((n) => (
            <li key={n.id}>
              <time dateTime={n.at}>{formatDateTime(n.at, i18n.language)}</time> <ActionStatusBadge status={n.status} />
              <PlainText text={n.body} />
            </li>
          ))}
        </ol>
      )}
      {/* An action may ask for the plan itself to change: the draft is linked to it once made. Closed years' actions too. */}
      {viewer?.role === 'PLANNING' && (
        <p>
          <Link to={revisionFromActionPath(action.id)} aria-describedby={`${id}-description`}>
            {t('improvement.revisePlan')}
          </Link>
        </p>
      )}
      {mayUpdate && <ActionUpdateForm action={action} describedBy={`${id}-description`} onAnnounce={onAnnounce} />}
    </li>
  );
}

export function ActionStatusBadge({ status }: { status: ActionItem_ActionFragment['status'] }) {
  const { t } = useTranslation();
  return <span className={`status action-${status.toLowerCase()}`}>{t(`improvement.statuses.${status}`)}</span>;
}
