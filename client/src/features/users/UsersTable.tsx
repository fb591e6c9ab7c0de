import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import type { UsersTable_UserFragment } from '../../gql/graphql';
import { formatDateTime } from '../../ui/format';

export const UsersTableUserFragment = graphql(`
  fragment UsersTable_user on User {
    id
    version
    displayName
    email
    role
    status
    invitationExpiresAt
    disabledReason
    department {
      id
      name
    }
    viewerCan {
      update
      disable
      enable
      reissueInvitation
      issuePasswordReset
    }
  }
`);

export type UserRow = UsersTable_UserFragment;
export type UserAction = 'edit' | 'disable' | 'enable' | 'reissue' | 'reset';

type Props = { users: UserRow[]; busy: boolean; onAction(action: UserAction, user: UserRow, trigger: HTMLButtonElement): void };

/** Everyone who can sign in, was invited or disabled, with what the viewer may do to each (viewerCan). */
export function UsersTable({ users, busy, onAction }: Props) {
  const { t, i18n } = useTranslation();
  const button = (action: UserAction, user: UserRow, label: string) => (
    <button type="button" className="small-button" disabled={busy} onClick={(e) => onAction(action, user, e.currentTarget)}>
      {label}
      <span className="visually-hidden">（{user.displayName}）</span>
    </button>
  );
  return (
    <div className="table-scroll" role="region" aria-label={t('users.caption')} tabIndex={0}>
      <table className="kpi-table users-table">
        <caption>{t('users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.department')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={u.status === 'DISABLED' ? 'disabled-user' : undefined}>
              <th scope="row">{u.displayName}</th>
              <td className="email">{u.email}</td>
              <td>{t(`roles.${u.role}`)}</td>
              <td>{u.department?.name ?? <span className="muted">—</span>}</td>
              <td>
                <span className={`user-status ${u.status?.toLowerCase() ?? ''}`}>{u.status ? t(`users.statuses.${u.status}`) : '—'}</span>
                {u.status === 'INVITED' && u.invitationExpiresAt && (
                  <span className="small muted block">
                    {Date.parse(u.invitationExpiresAt) < Date.now() ? t('users.invitationExpired') : t('users.invitationUntil', { at: formatDateTime(u.invitationExpiresAt, i18n.language) })}
                  </span>
                )}
                {u.status === 'DISABLED' && u.disabledReason && <span className="small muted block">{u.disabledReason}</span>}
              </td>
              <td>
                <div className="row-actions">
                  {u.viewerCan.update && button('edit', u, t('users.edit'))}
                  {u.viewerCan.reissueInvitation && button('reissue', u, t('users.reissue'))}
                  {u.viewerCan.issuePasswordReset && button('reset', u, t('users.reset'))}
                  {u.viewerCan.disable && button('disable', u, t('users.disable'))}
                  {u.viewerCan.enable && button('enable', u, t('users.enable'))}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
