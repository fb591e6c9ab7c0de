/** Policy ordinals as the plan writes them: 1 → ①. */
export function circled(ordinal: number): string {
  return ordinal >= 1 && ordinal <= 20 ? String.fromCodePoint(0x2460 + ordinal - 1) : `(${ordinal})`;
}
