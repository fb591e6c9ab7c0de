import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { graphql } from '../../gql';
import { ACCOUNT_PATH } from '../account/paths';
import type { Viewer } from './viewer';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** The signed-in user in the header: who, in which role, and the way out. */
export function UserMenu({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const [signOut, { loading }] = useMutation(SignOutMutation);
  const role = t(`roles.${viewer.role}`);
  async function onSignOut() {
    try {
      await signOut();
    } finally {
      // A fresh page: nothing read as this user stays in memory.
      window.location.assign('/');
    }
  }
  return (
    <div className="user-menu">
      <span className="user-name">
        <span className="visually-hidden">{t('auth.signedInAs')}</span>
        {viewer.displayName}
        <span className="user-role">
          （{role}
          {viewer.department && `・${viewer.department.name}`}）
        </span>
      </span>
      <Link className="header-button" to={ACCOUNT_PATH}>
        {t('account.link')}
      </Link>
      <button type="button" className="header-button" onClick={() => void onSignOut()} disabled={loading}>
        {loading ? t('auth.signingOut') : t('auth.signOut')}
      </button>
    </div>
  );
}
