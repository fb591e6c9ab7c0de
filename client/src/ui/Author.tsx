import { useTranslation } from '../app/i18n';
import { formatDateTime } from './format';

/** 「市民会議委員 会議 花子・2025年6月1日 10:00」 */
export function Author({ user, at }: { user: { displayName: string }; at: string }) {
  const { i18n } = useTranslation();
  return (
    <span className="who-when">
      <span className="author">{user.displayName}</span>・<time dateTime={at}>{formatDateTime(at, i18n.language)}</time>
    </span>
  );
}
