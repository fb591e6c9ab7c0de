import type { DataSource } from 'typeorm';
import { anyOf, groupLoader } from '../../graphql/loader-helpers.js';
import { ThreadResponse } from './thread-response.entity.js';

export function threadResponseLoaders(dataSource: DataSource) {
  return {
    responsesByThreadId: groupLoader(
      (ids) => dataSource.getRepository(ThreadResponse).find({ where: { threadId: anyOf(ids) }, order: { updatedAt: 'ASC' } }),
      (r) => r.threadId,
    ),
  };
}
