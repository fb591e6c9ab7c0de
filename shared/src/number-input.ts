/**
 * Reads a number as people type it in a Japanese office: `1,650`, full-width `１６５０`,
 * `75.1%`, `▲5` or `△5` (minus), `1.2万`. Returns the number in the indicator's own unit.
 */
import { ValueBound, valueBoundSuffix } from './plan.js';

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

export type BoundedInputResult = { ok: true; value: number; bound: ValueBound | null } | { ok: false; error: 'EMPTY' | 'NOT_A_NUMBER' };

const BOUNDS = (Object.entries(valueBoundSuffix) as [ValueBound, string][]).sort((a, b) => b[1].length - a[1].length);

/** A figure that may be written as a bound (`75%以上`, `5件未満` without the unit: `5未満`). */
export function parseBoundedInput(raw: string): BoundedInputResult {
  const text = raw.normalize('NFKC').trim();
  const bound = BOUNDS.find(([, suffix]) => text.endsWith(suffix));
  const parsed = parseNumberInput(bound ? text.slice(0, -bound[1].length) : text);
  return parsed.ok ? { ...parsed, bound: bound?.[0] ?? null } : parsed;
}
