import type { DataSource } from 'typeorm';
import { Strategy } from './strategy.entity.js';

export class StrategyService {
  constructor(private readonly dataSource: DataSource) {}

  list(): Promise<Strategy[]> {
    return this.dataSource.getRepository(Strategy).find({ order: { periodStartFY: 'DESC', title: 'ASC' } });
  }
}
