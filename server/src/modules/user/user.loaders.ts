import { In, type DataSource } from 'typeorm';
import { byIdLoader } from '../../graphql/loader-helpers.js';
import { User } from './user.entity.js';

export function userLoaders(dataSource: DataSource) {
  const users = dataSource.getRepository(User);
  return { userById: byIdLoader((ids) => users.findBy({ id: In(ids) })) };
}
