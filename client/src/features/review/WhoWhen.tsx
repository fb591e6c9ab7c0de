import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';

type Props = { user?: { displayName: string } | null; at: string };

/** 「商工課 商工 一郎・2025年6月1日 10:00」 */
export function WhoWhen({ user, at }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <span className="who-when">
      {t('entry.updatedBy', { name: user?.displayName ?? t('audit.system') })}・<time dateTime={at}>{formatDateTime(at, i18n.language)}</time>
    </span>
  );
}
