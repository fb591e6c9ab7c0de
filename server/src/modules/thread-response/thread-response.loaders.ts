import type { DataSource } from 'typeorm';
import { rowsWhereAnyOf } from '../../db/entity-rows.js';
import { groupLoader } from '../../graphql/loader-helpers.js';
import { ThreadResponse } from './thread-response.entity.js';

export function threadResponseLoaders(dataSource: DataSource) {
  return {
    responsesByThreadId: groupLoader(rowsWhereAnyOf(dataSource, ThreadResponse, 'thread_id', { orderBy: 't.updated_at' }), (r) => r.threadId),
  };
}
