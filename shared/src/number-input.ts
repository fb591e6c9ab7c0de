/**
 * Reads a number as people type it in a Japanese office: `1,650`, full-width `１６５０`,
 * `75.1%`, `▲5` or `△5` (minus), `1.2万`. Returns the number in the indicator's own unit.
 */
export type NumberInputResult = { ok: true; value: number } | { ok: false; error: 'EMPTY' | 'NOT_A_NUMBER' };

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 億: 1e8 };

export function parseNumberInput(raw: string): NumberInputResult {
  const text = raw
    .normalize('NFKC')
    .replace(/[\s,、]/g, '')
    .replace(/^[▲△−ー‐]/, '-')
    .replace(/%$/, '');
  if (text === '') return { ok: false, error: 'EMPTY' };
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))(万|億)?$/.exec(text);
  if (!match) return { ok: false, error: 'NOT_A_NUMBER' };
  const value = Number(match[1]) * (match[2] ? MULTIPLIERS[match[2]] : 1);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, error: 'NOT_A_NUMBER' };
}
