import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { QueryStatus } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useViewer } from '../auth/viewer';
import { EditUserForm } from './EditUserForm';
import { refusal } from './fieldErrors';
import { INVITE_ID, InviteUserForm } from './InviteUserForm';
import { OneTimeLink } from './OneTimeLink';
import { StatusChange } from './StatusChange';
import { uniqueDepartments } from './UserFields';
import { UsersTable, type UserAction, type UserRow } from './UsersTable';

const UsersQuery = graphql(`
  query Users {
    users {
      ...UsersTable_user
    }
    strategies {
      id
      departments {
        id
        name
      }
    }
  }
`);

const ReissueInvitationMutation = graphql(`
  mutation ReissueInvitation($userId: ID!) {
    reissueInvitation(userId: $userId) {
      acceptPath
      expiresAt
      user {
        ...UsersTable_user
      }
    }
  }
`);

const IssuePasswordResetMutation = graphql(`
  mutation IssuePasswordReset($userId: ID!) {
    issuePasswordReset(userId: $userId) {
      resetPath
      expiresAt
      user {
        id
      }
    }
  }
`);

/** What opens above the table: a row's form or confirmation, or a link issued once. */
type Panel =
  | { kind: 'edit' | 'disable' | 'enable'; user: UserRow }
  | { kind: 'link'; heading: string; path: string; expiresAt: string }
  | { kind: 'message'; text: string; error?: boolean };

/** 利用者の管理: everyone with an account, what may be done to each, and inviting someone (政策企画課, administrators). */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(UsersQuery, { fetchPolicy: 'cache-and-network' });
  const [reissue, reissuing] = useMutation(ReissueInvitationMutation);
  const [issueReset, resetting] = useMutation(IssuePasswordResetMutation);
  const [panel, setPanel] = useState<Panel | null>(null);
  const panelRef = useRef<HTMLElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('users.title'));

  useEffect(() => {
    if (panel) (panel.kind === 'message' ? messageRef : panelRef).current?.focus();
  }, [panel]);

  const departments = uniqueDepartments(data?.strategies ?? []);
  const viewerIsAdmin = viewer?.role === 'ADMIN';

  /** Closes a row's panel: with a message, or back to the button that opened it. */
  function done(message: string | null) {
    if (message) return setPanel({ kind: 'message', text: message });
    setPanel(null);
    const back = trigger.current;
    requestAnimationFrame(() => (back?.isConnected ? back.focus() : headingRef.current?.focus()));
  }

  async function onAction(action: UserAction, user: UserRow, button: HTMLButtonElement) {
    trigger.current = button;
    if (action === 'edit' || action === 'disable' || action === 'enable') return setPanel({ kind: action, user });
    try {
      if (action === 'reissue') {
        const { data } = await reissue({ variables: { userId: user.id } });
        const issued = data!.reissueInvitation;
        setPanel({ kind: 'link', heading: t('users.reissuedTitle', { name: user.displayName }), path: issued.acceptPath, expiresAt: issued.expiresAt });
      } else {
        const { data } = await issueReset({ variables: { userId: user.id } });
        const issued = data!.issuePasswordReset;
        setPanel({ kind: 'link', heading: t('users.resetTitle', { name: user.displayName }), path: issued.resetPath, expiresAt: issued.expiresAt });
      }
    } catch (e) {
      setPanel({ kind: 'message', text: refusal(e, [], i18n.language, t).message, error: true });
    }
  }

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {t('users.title')}
      </h1>
      <p className="lead">{t('users.lead')}</p>
      <p>
        <a href={`#${INVITE_ID}`}>{t('users.toInvite')}</a>
      </p>
      {panel?.kind === 'edit' && <EditUserForm key={panel.user.id} ref={panelRef} user={panel.user} departments={departments} viewerIsAdmin={viewerIsAdmin} onDone={done} />}
      {(panel?.kind === 'disable' || panel?.kind === 'enable') && <StatusChange key={panel.user.id} ref={panelRef} user={panel.user} enable={panel.kind === 'enable'} onDone={done} />}
      {panel?.kind === 'link' && <OneTimeLink key={panel.path} ref={panelRef} heading={panel.heading} path={panel.path} expiresAt={panel.expiresAt} onClose={() => done(null)} />}
      {panel?.kind === 'message' && (
        <div ref={messageRef} tabIndex={-1} role={panel.error ? 'alert' : 'status'} className={panel.error ? 'form-error users-message' : 'notice users-message'}>
          <p>{panel.text}</p>
        </div>
      )}
      {!data ? (
        <QueryStatus loading={loading} error={error} />
      ) : (
        <>
          <UsersTable users={data.users} busy={reissuing.loading || resetting.loading} onAction={(a, u, b) => void onAction(a, u, b)} />
          <InviteUserForm
            departments={departments}
            viewerIsAdmin={viewerIsAdmin}
            onInvited={(invitation) => {
              trigger.current = null;
              setPanel({ kind: 'link', heading: t('users.invitedTitle', { name: invitation.user.displayName }), path: invitation.acceptPath, expiresAt: invitation.expiresAt });
            }}
          />
        </>
      )}
    </>
  );
}
