import { defaultProgressConfig, type ProgressConfig } from '@kaizen/shared';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import { Department } from '../department/department.entity.js';
import { Goal } from '../goal/goal.entity.js';
import { ProgressConfigType } from './progress-config.types.js';
import { Strategy } from './strategy.entity.js';

@Resolver(() => Strategy)
export class StrategyResolver {
  @Query(() => [Strategy], { description: 'All strategies, newest period first.' })
  strategies(@Ctx() { services }: Context): Promise<Strategy[]> {
    return services.strategies.list();
  }

  @Query(() => Strategy, { description: 'A strategy; NOT_FOUND when the id names none.' })
  async strategy(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<Strategy> {
    // Through the loader: the answer's progress fields read the same strategy again.
    const strategy = await loaders.strategyById.load(id);
    if (!strategy) throw new NotFoundError('Strategy', id);
    return strategy;
  }

  @FieldResolver(() => [Goal])
  goals(@Root() strategy: Strategy, @Ctx() { loaders }: Context): Promise<Goal[]> {
    return loaders.goalsByStrategyId.load(strategy.id);
  }

  @FieldResolver(() => [Department], { description: 'Departments responsible for an indicator or a project of the plan.' })
  departments(@Root() strategy: Strategy, @Ctx() { loaders }: Context): Promise<Department[]> {
    return loaders.departmentsByStrategyId.load(strategy.id);
  }

  @FieldResolver(() => ProgressConfigType, { description: 'What a year is judged against, the grade scales and the roll-up, shared with the client’s live preview.' })
  progressConfig(@Root() strategy: Strategy): ProgressConfig {
    return strategy.progressConfig ?? defaultProgressConfig;
  }

  @FieldResolver(() => [ProgressConfigType], { description: 'The rules each closed cycle’s year keeps (closedFiscalYear), whatever progressConfig says now.' })
  closedYearProgressConfigs(@Root() strategy: Strategy): ProgressConfigType[] {
    return strategy.closedYearConfigs.map((c) => ({ ...c.config, closedFiscalYear: c.fiscalYear }));
  }
}
