import { useTranslation } from '../app/i18n';
import { formatDateTime } from './format';

/** `user`: null for the system; undefined while not known yet (only the time is shown). */
type Props = { user?: { displayName: string } | null; at: string };

/** 「最終更新：商工課 商工 一郎・2025/06/01 10:00」 */
export function WhoWhen({ user, at }: Props) {
  const { t, i18n } = useTranslation();
  const time = <time dateTime={at}>{formatDateTime(at, i18n.language)}</time>;
  if (user === undefined) return <span className="who-when">{t('entry.updatedAt')}{time}</span>;
  return (
    <span className="who-when">
      {t('entry.updatedBy', { name: user?.displayName ?? t('audit.system') })}・{time}
    </span>
  );
}
