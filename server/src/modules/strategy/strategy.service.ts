import type { DataSource } from 'typeorm';
import { findByIdOrFail } from '../../db/find-by-id.js';
import { Strategy } from './strategy.entity.js';

export class StrategyService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<Strategy[]> {
    return this.dataSource.getRepository(Strategy).find({ order: { periodStartFY: 'DESC', title: 'ASC' } });
  }

  get(id: string): Promise<Strategy> {
    return findByIdOrFail(this.dataSource, Strategy, 'Strategy', id);
  }
}
