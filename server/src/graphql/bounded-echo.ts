import type { GraphQLFormattedError } from 'graphql';

/**
 * What an error may quote back of the request. graphql-js quotes a variable's whole value
 * (`Variable "$id" got invalid value "…"`), NOT_FOUND names the id, class-validator's errors carry
 * the input object: a 900 kB argument would come back several times over.
 */
const QUOTED_MAX = 120;
const MESSAGE_MAX = 2_000;
const EXTENSION_STRING_MAX = 200;
/** How deep into extensions strings are shortened (class-validator nests its errors). */
const EXTENSION_DEPTH = 8;

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…（${text.length} 文字 / ${text.length} characters）` : text);

/** A "…" or 「…」 quotation, as graphql-js (JSON-escaped) and this server's messages write them. */
const QUOTATION = /"(?:[^"\\]|\\.)*"|「[^」]*」/g;

function boundMessage(message: string): string {
  const quoted = message.replace(QUOTATION, (q) => (q.length > QUOTED_MAX + 2 ? `${q[0]}${shorten(q.slice(1, -1), QUOTED_MAX)}${q.at(-1)}` : q));
  return shorten(quoted, MESSAGE_MAX);
}

function boundValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return shorten(value, EXTENSION_STRING_MAX);
  if (value === null || typeof value !== 'object' || depth >= EXTENSION_DEPTH) return value;
  if (Array.isArray(value)) return value.map((v) => boundValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, boundValue(v, depth + 1)]));
}

/**
 * The error with long quotations in its message and long strings in its extensions cut short.
 * `extensions.current` (CONFLICT's record as stored) is the server's own data, kept whole.
 */
export function boundEchoes(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { current, ...rest } = formatted.extensions ?? {};
  const extensions = formatted.extensions && { ...(boundValue(rest, 0) as Record<string, unknown>), ...('current' in formatted.extensions ? { current } : {}) };
  return { ...formatted, message: boundMessage(formatted.message), ...(extensions ? { extensions } : {}) };
}
