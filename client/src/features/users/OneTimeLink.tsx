import { forwardRef, useId, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { formatDateTime } from '../../ui/format';
import { absoluteLink } from './paths';

type Props = { heading: string; path: string; expiresAt: string; onClose(): void };

/**
 * A link the server issued once (an invitation, a password reset): shown with a copy button and
 * when it expires. Only a hash of its token is kept, so it says it cannot be shown again.
 */
export const OneTimeLink = forwardRef<HTMLElement, Props>(function OneTimeLink({ heading, path, expiresAt, onClose }, ref) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const link = absoluteLink(path);
  const [copied, setCopied] = useState<boolean | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (an insecure origin, a refused permission): the field is selected instead, to copy by hand.
      (document.getElementById(`${id}-link`) as HTMLInputElement | null)?.select();
      setCopied(false);
    }
  }

  return (
    <section ref={ref} tabIndex={-1} className="card notice one-time-link" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p>{t('users.linkOnce')}</p>
      <div className="field">
        <label htmlFor={`${id}-link`}>{t('users.link')}</label>
        <input id={`${id}-link`} type="text" readOnly value={link} aria-describedby={`${id}-expires`} onFocus={(e) => e.target.select()} />
        <p id={`${id}-expires`} className="hint">
          {t('users.expires', { at: formatDateTime(expiresAt, i18n.language) })}
        </p>
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('users.copy')}
        </button>
        <button type="button" onClick={onClose}>
          {t('users.close')}
        </button>
        <span role="status" className="small">
          {copied === true ? t('users.copied') : copied === false ? t('users.copyByHand') : ''}
        </span>
      </div>
    </section>
  );
});
