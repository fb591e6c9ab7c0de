import { useTranslation } from '../../app/i18n';

/** How a bulk accept went: what was accepted, and what was refused with why (e.g. changed meanwhile). */
export type BulkOutcome = { running: boolean; total: number; accepted: string[]; failed: { name: string; why: string }[] };

type Props = { chosen: number; submitted: number; outcome: BulkOutcome | null; onPickAll: () => void; onRun: () => void };

/** Accept every ticked entry (actuals and reports) in one action; progress while it runs, then a summary. */
export function BulkAccept({ chosen, submitted, outcome, onPickAll, onRun }: Props) {
  const { t } = useTranslation();
  const running = outcome?.running === true;
  const done = outcome ? outcome.accepted.length + outcome.failed.length : 0;
  return (
    <div className="bulk-accept" role="group" aria-labelledby="bulk-accept-heading">
      <h3 id="bulk-accept-heading">{t('bulk.heading')}</h3>
      {submitted > 0 && <p className="muted small">{t('bulk.hint')}</p>}
      {submitted > 0 && (
        <div className="actions">
          <button type="button" onClick={onPickAll} disabled={running || chosen === submitted}>
            {t('bulk.pickAll', { count: submitted })}
          </button>
          <button type="button" className="primary" onClick={onRun} disabled={running || chosen === 0}>
            {t('bulk.run', { count: chosen })}
          </button>
        </div>
      )}
      <div aria-live="polite" className="bulk-status">
        {running && outcome && (
          <p role="status">
            <progress max={outcome.total} value={done} aria-label={t('bulk.progressLabel')} /> {t('bulk.progress', { done, total: outcome.total })}
          </p>
        )}
        {outcome && !running && (
          <div role="status">
            {outcome.accepted.length > 0 && (
              <p className="ok">
                {t('bulk.accepted', { count: outcome.accepted.length })}
                {outcome.accepted.map((n) => `「${n}」`).join('')}
              </p>
            )}
            {outcome.failed.length > 0 && (
              <>
                <p className="form-error">{t('bulk.failed', { count: outcome.failed.length })}</p>
                <ul className="bulk-failed">
                  {outcome.failed.map((f) => (
                    <li key={f.name}>
                      「{f.name}」：{f.why}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
