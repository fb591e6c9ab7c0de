import { createHash } from 'node:crypto';
import type { DataSource, EntityTarget } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

type Row = Record<string, unknown>;
type Field = { column: string; property: string; type: unknown; from?: (value: unknown) => unknown };

const built = new WeakMap<DataSource, Map<EntityTarget<unknown>, EntityRows<unknown>>>();

/**
 * An entity's columns as one JSON object per row, and a mapper from that object back to the
 * entity, built once from TypeORM's metadata. Profiles of the read path put TypeORM's per-call
 * query building and hydration at a fifth of the server's CPU, and pg's per-value decoding at
 * another fifth; loaders read through this instead: a fixed statement text whose answer is one
 * json_agg value (one JSON.parse), mapped to entities with the same property names, types and
 * transformers as a repository's `find`.
 */
export class EntityRows<T> {
  /** Built once per data source and entity: loaders are made per request, their statements not. */
  static of<T>(dataSource: DataSource, entity: EntityTarget<T>): EntityRows<T> {
    let byEntity = built.get(dataSource);
    if (!byEntity) built.set(dataSource, (byEntity = new Map()));
    let rows = byEntity.get(entity) as EntityRows<T> | undefined;
    if (!rows) byEntity.set(entity, (rows = new EntityRows(dataSource, entity)));
    return rows;
  }

  readonly table: string;
  /** From a parsed JSON object (`object(alias)`) to an instance of the entity's class, as TypeORM makes them. */
  readonly map: (row: Row) => T;
  private readonly fields: Field[];

  private constructor(dataSource: DataSource, entity: EntityTarget<T>) {
    const metadata = dataSource.getMetadata(entity);
    this.table = metadata.tablePath;
    this.fields = metadata.columns.map((c) => ({
      column: c.databaseName,
      property: c.propertyName,
      type: c.type,
      from: c.transformer && !Array.isArray(c.transformer) ? c.transformer.from.bind(c.transformer) : undefined,
    }));
    this.map = this.compile(metadata.target as new () => object);
  }

  /** `json_build_object('prop', alias."col", …)` of the table under `alias`, with `extra` pairs (SQL expressions). */
  object(alias: string, extra: Record<string, string> = {}): string {
    const pairs = this.fields.map((f) => `'${f.property}', ${alias}."${f.column}"${f.type === 'bigint' ? '::text' : ''}`);
    for (const [key, sql] of Object.entries(extra)) pairs.push(`'${key}', ${sql}`);
    return `json_build_object(${pairs.join(', ')})`;
  }

  /**
   * One function per entity with the properties in a fixed order, so V8 sees one object shape and
   * monomorphic stores. JSON has no instants: timestamps arrive as ISO strings and become Dates, as
   * pg would give them (`bigint` is selected as text, as pg gives it; numerics go through their transformer).
   */
  private compile(target: new () => object): (row: Row) => T {
    const body = this.fields
      .map((f, i) => {
        const value = `row[${JSON.stringify(f.property)}]`;
        const converted = f.from ? `from[${i}](${value})` : f.type === 'timestamptz' || f.type === 'timestamp' ? `(${value} == null ? null : new Date(${value}))` : value;
        return `e[${JSON.stringify(f.property)}] = ${converted};`;
      })
      .join('\n');
    const compiled = new Function('Entity', 'from', `return function map(row) { const e = new Entity();\n${body}\nreturn e; }`);
    return compiled(target, this.fields.map((f) => f.from));
  }
}

/**
 * Runs a read whose one row's one column is a JSON array (json_agg), as a named prepared
 * statement: PostgreSQL parses and plans it once per connection instead of once per batch. Logged
 * like TypeORM's own queries, so the statement counter sees it.
 */
export async function readRows(dataSource: DataSource, text: string, values: unknown[]): Promise<Row[]> {
  dataSource.logger.logQuery(text, values);
  const pool = (dataSource.driver as PostgresDriver).master as { query(q: { name: string; text: string; values: unknown[]; rowMode: 'array' }): Promise<{ rows: [Row[] | null][] }> };
  const { rows } = await pool.query({ name: statementName(text), text, values, rowMode: 'array' });
  return rows[0]?.[0] ?? [];
}

const names = new Map<string, string>();
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) names.set(text, (name = `kz_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`));
  return name;
}

/** `SELECT json_agg(<object> ORDER BY …) FROM … WHERE …`: the statement text of a JSON read. */
export function jsonRowsQuery(object: string, from: string, where: string, orderBy?: string): string {
  return `SELECT json_agg(${object}${orderBy ? ` ORDER BY ${orderBy}` : ''}) FROM ${from} WHERE ${where}`;
}

type Join<T, R> = { relation: keyof T & string; entity: EntityTarget<R>; joinColumn: string };

/**
 * A read of `entity` (as `t`) with a fixed text: `where` and `orderBy` are SQL over `t` (and `r`,
 * the relation's row when `join` names one: a many-to-one relation over a not-null foreign key,
 * read in the same statement and set on each entity). Called with the `$n` values.
 */
export function entityQuery<T, R = never>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  opts: { where: string; orderBy?: string; join?: Join<T, R> },
): (values: unknown[]) => Promise<T[]> {
  const rows = EntityRows.of(dataSource, entity);
  const { join } = opts;
  const key = `${rows.table}\n${opts.where}\n${opts.orderBy ?? ''}\n${join ? `${join.relation} ${join.joinColumn} ${EntityRows.of(dataSource, join.entity).table}` : ''}`;
  let queries = builtQueries.get(dataSource);
  if (!queries) builtQueries.set(dataSource, (queries = new Map()));
  let query = queries.get(key) as ((values: unknown[]) => Promise<T[]>) | undefined;
  if (!query) queries.set(key, (query = buildEntityQuery(dataSource, rows, opts)));
  return query;
}

// Loaders are made per request: their statements and mappers once per data source.
const builtQueries = new WeakMap<DataSource, Map<string, (values: unknown[]) => Promise<unknown[]>>>();

function buildEntityQuery<T, R>(dataSource: DataSource, rows: EntityRows<T>, opts: { where: string; orderBy?: string; join?: Join<T, R> }): (values: unknown[]) => Promise<T[]> {
  const { join } = opts;
  if (!join) {
    const text = jsonRowsQuery(rows.object('t'), `${rows.table} t`, opts.where, opts.orderBy);
    return async (values) => (await readRows(dataSource, text, values)).map(rows.map);
  }
  const related = EntityRows.of(dataSource, join.entity);
  const from = `${rows.table} t JOIN ${related.table} r ON r.id = t."${join.joinColumn}"`;
  const text = jsonRowsQuery(rows.object('t', { [join.relation]: related.object('r') }), from, opts.where, opts.orderBy);
  return async (values) => (await readRows(dataSource, text, values)).map((row) => Object.assign(rows.map(row) as object, { [join.relation]: related.map(row[join.relation] as Row) }) as T);
}

/**
 * A loader's read: the rows of `entity` whose `column` is one of the ids (one array parameter),
 * with an optional further condition, order and relation, as entities.
 */
export function rowsWhereAnyOf<T, R = never>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: string,
  opts: { and?: string; orderBy?: string; join?: Join<T, R> } = {},
): (ids: readonly string[]) => Promise<T[]> {
  const query = entityQuery(dataSource, entity, { ...opts, where: `t."${column}" = ANY($1::uuid[])${opts.and ? ` AND ${opts.and}` : ''}` });
  return (ids) => query([ids]);
}
