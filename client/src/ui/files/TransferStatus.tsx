import { useTranslation } from '../../app/i18n';
import { formatBytes } from '../format';
import type { Progress } from './transfer';

/** A transfer's bar and its words, read out as they change; indeterminate while the size is not known. */
export function TransferStatus({ label, progress }: { label: string; progress: Progress | null }) {
  const { t, i18n } = useTranslation();
  const { loaded = 0, total = null } = progress ?? {};
  const amount = total ? t('files.ofTotal', { loaded: formatBytes(loaded, i18n.language), total: formatBytes(total, i18n.language) }) : formatBytes(loaded, i18n.language);
  return (
    <div className="transfer-status" role="status" aria-live="polite">
      <span>{label}</span>
      {total ? <progress max={total} value={loaded} aria-label={label} /> : <progress aria-label={label} />}
      {progress && <span className="transfer-amount">{amount}</span>}
    </div>
  );
}
