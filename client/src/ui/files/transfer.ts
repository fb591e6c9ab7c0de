import { saveFile } from '../saveFile';

/** How far a download or an upload has come; `total` is null while the size is not known (a streamed file). */
export type Progress = { loaded: number; total: number | null };

/** A refusal from /files, as GraphQL words them: `extensions.code`, and the cells at fault for an import. */
export class FileRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

type ErrorBody = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

function refusal(status: number, body: unknown): FileRequestError {
  const first = (body as ErrorBody | null)?.errors?.[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : null;
  return new FileRequestError(first?.message ?? `HTTP ${status}`, status, code, first?.extensions);
}

/** The name the server gave the file (RFC 6266 `filename*`), else `fallback`. */
function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

/** Downloads `url` as it streams in, telling each chunk's progress, then hands it to the browser to save; gives the file's name. */
export async function download(url: string, fallbackName: string, onProgress: (p: Progress) => void, signal?: AbortSignal): Promise<string> {
  const res = await fetch(url, { credentials: 'same-origin', signal });
  if (!res.ok) throw refusal(res.status, await res.json().catch(() => null));
  const length = Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  const reader = res.body!.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onProgress({ loaded, total });
  }
  const fileName = fileNameOf(res.headers.get('content-disposition'), fallbackName);
  saveFile(new Blob(chunks, { type: res.headers.get('content-type') ?? 'application/octet-stream' }), fileName);
  return fileName;
}

/** POSTs a file as its own media type (fetch cannot tell an upload's progress; XMLHttpRequest can). */
export function upload<T>(url: string, file: Blob, mediaType: string, onProgress: (p: Progress) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', mediaType);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : null });
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve(xhr.response as T) : reject(refusal(xhr.status, xhr.response)));
    xhr.onerror = () => reject(new FileRequestError('network', 0, 'NETWORK'));
    xhr.send(file);
  });
}
