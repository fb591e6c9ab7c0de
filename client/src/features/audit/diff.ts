/**
 * Fields a reader of the log learns nothing from: ids of what the entry is about (named in its
 * 対象 column), who wrote (its 実行者 column), bookkeeping that changes on every write, secrets.
 */
const NOISE = new Set([
  'id',
  'version',
  'createdAt',
  'updatedAt',
  'updatedBy',
  'createdBy',
  'authorId',
  'decidedById',
  'lastActivityAt',
  'cycleId',
  'indicatorId',
  'measureId',
  'goalId',
  'strategyId',
  'responseId',
  'passwordHash',
]);

export type Change = { field: string; before: unknown; after: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
// A flag off is no news on a record just created (or deleted): only what it was set to is.
const blank = (v: unknown) => v === null || v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0);

type Record_ = Record<string, unknown> | null | undefined;

/**
 * What a write changed, field by field. A record created (no before) lists what it was created
 * with; one deleted lists what it held.
 */
export function changesOf(before: unknown, after: unknown): Change[] {
  const b = (isRecord(before) ? before : null) as Record_;
  const a = (isRecord(after) ? after : null) as Record_;
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((f) => !NOISE.has(f));
  return fields
    .filter((f) => !same(b?.[f], a?.[f]))
    .filter((f) => !(b === null && blank(a?.[f])) && !(a === null && blank(b?.[f])))
    .map((field) => ({ field, before: b?.[field] ?? null, after: a?.[field] ?? null }));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
