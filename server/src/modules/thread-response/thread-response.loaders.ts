import { In, type DataSource } from 'typeorm';
import { groupLoader } from '../../graphql/loader-helpers.js';
import { ThreadResponse } from './thread-response.entity.js';

export function threadResponseLoaders(dataSource: DataSource) {
  return {
    responsesByThreadId: groupLoader(
      (ids) => dataSource.getRepository(ThreadResponse).find({ where: { threadId: In(ids) }, order: { updatedAt: 'ASC' } }),
      (r) => r.threadId,
    ),
  };
}
