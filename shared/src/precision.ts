/**
 * How precisely a KPI's computed figures (the expected value on its path, 期待値) are shown: as
 * precisely as the plan writes the KPI's own figures, its baseline and targets. A plan that counts
 * 1,405 億円 and aims at 1,650 億円 reads 1,450 億円 for a year's expected value, never 1,449.75.
 * Shared, so the server's figures and the client's preview round alike.
 */

/** Beyond this a figure is noise of binary fractions (0.1 + 0.2), not a precision anyone wrote. */
const MAX_DECIMALS = 4;

/** Decimal places a figure is written with: `1650` → 0, `64.5` → 1, `0.25` → 2. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const [mantissa, exponent = '0'] = String(value).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.min(Math.max(fraction - Number(exponent), 0), MAX_DECIMALS);
}

/** The most decimal places among a KPI's own figures (baseline, final and yearly targets); 0 when it has none. */
export function figurePrecision(figures: readonly (number | null | undefined)[]): number {
  return figures.reduce<number>((most, f) => (typeof f === 'number' ? Math.max(most, decimalsOf(f)) : most), 0);
}

/** `value` rounded half away from zero to `decimals` places (-0 reads as 0). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
  return rounded === 0 ? 0 : rounded;
}
