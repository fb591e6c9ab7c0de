import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { Field } from '../../ui/Field';
import { formatDateTime } from '../../ui/format';
import { QueryStatus } from '../../ui/QueryStatus';
import { inLanguage } from '../../ui/serverMessage';
import { SetPasswordForm } from '../../ui/SetPasswordForm';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { homeOf } from '../auth/paths';

const InvitationQuery = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      displayName
      email
      expiresAt
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!, $displayName: String) {
    acceptInvitation(token: $token, password: $password, displayName: $displayName) {
      id
      role
    }
  }
`);

/** The page of an invitation link (`/invitation/<token>`): one's name as the inviter entered it, a password, then signed in at one's start page. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(InvitationQuery, { variables: { token }, fetchPolicy: 'network-only' });
  useDocumentTitle(t('invitation.title'));
  const invitation = data?.invitation;
  return (
    <div className="narrow">
      <h1>{t('invitation.title')}</h1>
      {!data ? (
        <QueryStatus loading={loading} error={error} />
      ) : invitation ? (
        <AcceptForm token={token} invitation={invitation} />
      ) : (
        <Invalid />
      )}
    </div>
  );
}

function Invalid() {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="form-error">
      <p role="alert">{t('invitation.invalid')}</p>
    </div>
  );
}

type Invitation = { displayName: string; email: string; expiresAt: string };

function AcceptForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [displayName, setDisplayName] = useState(invitation.displayName);
  const [nameError, setNameError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  async function submit(password: string) {
    setNameError(null);
    // Emptied: the name the inviter entered stays.
    const { data } = await accept({ variables: { token, password, displayName: displayName.trim() || null } });
    // Signed in now, as this user: whatever was read before is read again.
    await client.resetStore();
    await navigate(homeOf(data!.acceptInvitation.role), { replace: true });
  }

  if (invalid) return <Invalid />;
  return (
    <>
      <p>{t('invitation.intro')}</p>
      <p>{t('invitation.email', { email: invitation.email })}</p>
      <p className="hint">{t('invitation.expires', { when: formatDateTime(invitation.expiresAt, i18n.language) })}</p>
      <SetPasswordForm
        label={t('invitation.title')}
        submitLabel={t('invitation.submit')}
        busy={loading}
        onSubmit={submit}
        onRefused={(info) => {
          const field = info.code === 'BAD_USER_INPUT' ? info.extensions.field : undefined;
          if (field === 'token') setInvalid(true);
          else if (field === 'displayName') {
            setNameError(inLanguage(info.message, i18n.language));
            nameRef.current?.focus();
          }
          return field === 'token' || field === 'displayName';
        }}
      >
        <Field label={t('invitation.name')} hint={t('invitation.nameHint')} error={nameError ?? undefined}>
          {({ id, describedBy, invalid }) => (
            <input ref={nameRef} id={id} type="text" autoComplete="name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} aria-invalid={invalid} aria-describedby={describedBy} />
          )}
        </Field>
      </SetPasswordForm>
    </>
  );
}
