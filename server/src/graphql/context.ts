import type { DataSource } from 'typeorm';
import { departmentLoaders } from '../modules/department/department.loaders.js';
import { goalLoaders } from '../modules/goal/goal.loaders.js';
import { indicatorLoaders } from '../modules/indicator/indicator.loaders.js';
import { measureLoaders } from '../modules/measure/measure.loaders.js';
import { policyLoaders } from '../modules/policy/policy.loaders.js';
import { projectLoaders } from '../modules/project/project.loaders.js';
import { strategyLoaders } from '../modules/strategy/strategy.loaders.js';
import { StrategyService } from '../modules/strategy/strategy.service.js';

function createLoaders(dataSource: DataSource) {
  return {
    ...strategyLoaders(dataSource),
    ...goalLoaders(dataSource),
    ...measureLoaders(dataSource),
    ...policyLoaders(dataSource),
    ...indicatorLoaders(dataSource),
    ...departmentLoaders(dataSource),
    ...projectLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export type Services = { strategies: StrategyService };

export type Context = { dataSource: DataSource; loaders: Loaders; services: Services };

export function createServices(dataSource: DataSource): Services {
  return { strategies: new StrategyService(dataSource) };
}

/** A fresh context per request: loaders cache only within one request. */
export function createContext(dataSource: DataSource, services: Services): Context {
  return { dataSource, loaders: createLoaders(dataSource), services };
}
