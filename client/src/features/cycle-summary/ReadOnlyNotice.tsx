import { useEffect, useRef } from 'react';
import { useTranslation } from '../../app/i18n';

/**
 * Closing removes the button that had focus: the notice takes it, so a keyboard user goes on from
 * the news rather than from the top of the page. Closed by someone else, it leaves focus alone.
 */
export function ReadOnlyNotice({ takeFocus }: { takeFocus: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <p ref={ref} tabIndex={-1} className="notice read-only-notice" role="status">
      {t('summary.readOnly')}
    </p>
  );
}
