import type { DataSource, EntityTarget, FindOptionsWhere } from 'typeorm';
import { isUuid, NotFoundError } from '../graphql/errors.js';

/** The row with this id, or a NOT_FOUND error naming what was asked for. */
export async function findByIdOrFail<T extends { id: string }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  name: string,
  id: string,
): Promise<T> {
  const row = isUuid(id) ? await dataSource.getRepository(entity).findOneBy({ id } as FindOptionsWhere<T>) : null;
  if (!row) throw new NotFoundError(name, id);
  return row;
}
