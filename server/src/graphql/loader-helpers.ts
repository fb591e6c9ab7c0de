import DataLoader from 'dataloader';

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
