import type { DataSource } from 'typeorm';
import { User } from './user.entity.js';

export class UserService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { role: 'ASC', email: 'ASC' } });
  }
}
