import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../app/i18n';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { homeOf } from '../auth/paths';
import { useViewer } from '../auth/viewer';
import { ChangePasswordForm } from './ChangePasswordForm';
import { NotificationPreferencesForm } from './NotificationPreferencesForm';

/** "My account": who is signed in, and the change of password (required first for the initial administrator). */
export function AccountPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [changed, setChanged] = useState<{ wasRequired: boolean } | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(t('account.title'));

  useEffect(() => {
    if (changed) doneRef.current?.focus();
  }, [changed]);

  if (!viewer) return null;
  return (
    <div className="narrow">
      <h1>{t('account.title')}</h1>
      {viewer.mustChangePassword && (
        <p className="notice" role="status">
          {t('account.required')}
        </p>
      )}
      <div ref={doneRef} tabIndex={-1} role="status" className={changed ? 'notice' : undefined}>
        {changed && (
          <p>
            {t('account.changed')} {changed.wasRequired && <Link to={homeOf(viewer.role)}>{t('auth.goHome')}</Link>}
          </p>
        )}
      </div>
      <dl className="card account-facts">
        <dt>{t('account.name')}</dt>
        <dd>{viewer.displayName}</dd>
        <dt>{t('auth.email')}</dt>
        <dd>{viewer.email}</dd>
        <dt>{t('account.role')}</dt>
        <dd>
          {t(`roles.${viewer.role}`)}
          {viewer.department && `・${viewer.department.name}`}
        </dd>
      </dl>
      <ChangePasswordForm onChanged={() => setChanged({ wasRequired: viewer.mustChangePassword === true })} />
      {/* Every optional notice goes to departments; the others receive invitations and reset links only. */}
      {viewer.role === 'DEPARTMENT' && <NotificationPreferencesForm />}
    </div>
  );
}
