import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { saveFile } from '../../ui/saveFile';

/** Each download: its label's key and its file under /files/cycles/<id>/. */
const FILES = { xlsx: 'results.xlsx', csv: 'results.csv', measuresCsv: 'results-measures.csv' } as const;
type Kind = keyof typeof FILES;
type State = { kind: Kind; received: number } | { done: string } | { failed: string } | null;

/** The server's refusal (GraphQL-shaped, as every /files answer is) in the user's language. */
async function refusal(res: Response, t: (key: string, o?: Record<string, unknown>) => string): Promise<string> {
  const body = (await res.json().catch(() => null)) as { errors?: { message: string; extensions?: { code?: string } }[] } | null;
  const error = body?.errors?.[0];
  if (error?.extensions?.code === 'UNAUTHENTICATED') return t('common.signInAgain');
  if (error?.extensions?.code === 'NOT_FOUND') return t('common.gone');
  return error?.message ?? t('common.unexpected');
}

/** The name the server gives the file (Content-Disposition's UTF-8 `filename*`), else ours. */
function fileNameOf(res: Response, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
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

  async function download(kind: Kind) {
    setState({ kind, received: 0 });
    try {
      const res = await fetch(`/files/cycles/${cycleId}/${FILES[kind]}`, { credentials: 'same-origin' });
      if (!res.ok || !res.body) return setState({ failed: t('results.downloadFailed', { detail: await refusal(res, t) }) });
      const reader = res.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setState({ kind, received });
      }
      const fileName = fileNameOf(res, FILES[kind]);
      saveFile(new Blob(chunks, { type: res.headers.get('content-type') ?? '' }), fileName);
      setState({ done: t('results.downloaded', { fileName }) });
    } catch {
      setState({ failed: t('results.downloadFailed', { detail: t('common.networkError') }) });
    }
  }

  return (
    <section aria-labelledby="results-heading" className="results-downloads">
      <h2 id="results-heading">{t('results.heading')}</h2>
      <p>{t('results.about')}</p>
      <div className="actions">
        {(Object.keys(FILES) as Kind[]).map((kind) => (
          <button key={kind} type="button" disabled={busy} aria-busy={busy && state.kind === kind} onClick={() => void download(kind)}>
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
