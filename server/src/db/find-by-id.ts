import type { DataSource, EntityManager, EntityTarget, FindOneOptions, FindOptionsWhere } from 'typeorm';
import { isUuid, NotFoundError } from '../graphql/errors.js';

/**
 * The row with this id (and `where`, e.g. of the same strategy), or a NOT_FOUND error naming
 * what was asked for; `lock` inside a transaction.
 */
export async function findByIdOrFail<T extends { id: string }>(
  db: DataSource | EntityManager,
  entity: EntityTarget<T>,
  name: string,
  id: string,
  options: { where?: FindOptionsWhere<T>; lock?: FindOneOptions<T>['lock'] } = {},
): Promise<T> {
  const row = isUuid(id) ? await db.getRepository(entity).findOne({ where: { ...options.where, id } as FindOptionsWhere<T>, lock: options.lock }) : null;
  if (!row) throw new NotFoundError(name, id);
  return row;
}
