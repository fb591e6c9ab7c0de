import type { ValueTransformer } from 'typeorm';

/** pg returns `numeric` as a string; numbers must never reach arithmetic as strings. */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
