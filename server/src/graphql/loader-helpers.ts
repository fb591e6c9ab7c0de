import DataLoader from 'dataloader';
import { Raw, type FindOperator } from 'typeorm';

/**
 * A per-request loader returning, for each key, the rows whose `keyOf` equals it, in the order
 * `load` returns them: one query per batch of keys, whatever the number of parents.
 */
export function groupLoader<V>(load: (keys: string[]) => Promise<V[]>, keyOf: (row: V) => string): DataLoader<string, V[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, V[]>(keys.map((k) => [k, []]));
    for (const row of await load([...keys])) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
}

/** A per-request loader of single rows by id; a missing id loads as undefined. */
export function byIdLoader<V extends { id: string }>(load: (ids: string[]) => Promise<V[]>): DataLoader<string, V | undefined> {
  return new DataLoader(async (ids) => {
    const rows = new Map((await load([...ids])).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id));
  });
}

let anyOfParameters = 0;

/**
 * A find condition `column = ANY($n::uuid[])`: one array parameter whatever the number of ids, so
 * each loader's statement keeps one text (planned once, not once per batch size) and never meets
 * PostgreSQL's 65,535-parameter limit, as TypeORM's `In(ids)` (`IN ($1, …, $n)`) does.
 */
export function anyOf(ids: readonly string[]): FindOperator<string> {
  // The name only joins the condition to its value (it becomes `$n`): unique, so two conditions of one query never collide.
  const name = `any_of_${(anyOfParameters = (anyOfParameters + 1) % 1e9)}`;
  return Raw((column) => `${column} = ANY(CAST(:${name} AS uuid[]))`, { [name]: [...ids] });
}
