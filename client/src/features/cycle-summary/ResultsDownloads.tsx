import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { download, FileRequestError } from '../../ui/files/transfer';

/** Each download: its label's key and its file under /files/cycles/<id>/. */
const FILES = { xlsx: 'results.xlsx', csv: 'results.csv', measuresCsv: 'results-measures.csv' } as const;
type Kind = keyof typeof FILES;
type State = { kind: Kind; received: number } | { done: string } | { failed: string } | null;

/** The server's refusal (GraphQL-shaped, as every /files answer is) in the user's language. */
function refusal(error: unknown, t: (key: string, o?: Record<string, unknown>) => string): string {
  if (!(error instanceof FileRequestError) || error.code === 'NETWORK') return t('common.networkError');
  if (error.code === 'UNAUTHENTICATED') return t('common.signInAgain');
  if (error.code === 'NOT_FOUND') return t('common.gone');
  return error.message || t('common.unexpected');
}

/**
 * 効果検証シート (Excel) and its KPI rows (CSV): read as a stream, so the bytes received so far are
 * told as they come (the server writes the file row by row and does not know its length in advance);
 * what came of it is said beside the links, and focused.
 */
export function ResultsDownloads({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const busy = state !== null && 'kind' in state;
  useEffect(() => {
    if (state && !('kind' in state)) outcome.current?.focus();
  }, [state]);

  async function fetchFile(kind: Kind) {
    setState({ kind, received: 0 });
    try {
      const fileName = await download(`/files/cycles/${cycleId}/${FILES[kind]}`, FILES[kind], (p) => setState({ kind, received: p.loaded }));
      setState({ done: t('results.downloaded', { fileName }) });
    } catch (error) {
      setState({ failed: t('results.downloadFailed', { detail: refusal(error, t) }) });
    }
  }

  return (
    <section aria-labelledby="results-heading" className="results-downloads">
      <h2 id="results-heading">{t('results.heading')}</h2>
      <p>{t('results.about')}</p>
      <div className="actions">
        {(Object.keys(FILES) as Kind[]).map((kind) => (
          <button key={kind} type="button" disabled={busy} aria-busy={busy && state.kind === kind} onClick={() => void fetchFile(kind)}>
            {t(`results.${kind}`)}
          </button>
        ))}
      </div>
      <p role="status" aria-live="polite" className="download-progress">
        {busy ? t('results.receiving', { kb: (state.received / 1024).toFixed(0) }) : ''}
      </p>
      {state && !('kind' in state) && (
        <p ref={outcome} tabIndex={-1} role={'failed' in state ? 'alert' : undefined} className={'failed' in state ? 'form-error' : 'notice'}>
          {'failed' in state ? state.failed : state.done}
        </p>
      )}
    </section>
  );
}
