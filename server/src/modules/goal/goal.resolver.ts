import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { Goal } from './goal.entity.js';

@Resolver(() => Goal)
export class GoalResolver {
  @FieldResolver(() => Strategy)
  async strategy(@Root() goal: Goal, @Ctx() { loaders }: Context): Promise<Strategy> {
    return (await loaders.strategyById.load(goal.strategyId))!;
  }

  @FieldResolver(() => [Indicator], { description: '重要目標達成指標: the goal’s KGIs.' })
  kgis(@Root() goal: Goal, @Ctx() { loaders }: Context): Promise<Indicator[]> {
    return loaders.kgisByGoalId.load(goal.id);
  }

  @FieldResolver(() => [Measure])
  measures(@Root() goal: Goal, @Ctx() { loaders }: Context): Promise<Measure[]> {
    return loaders.measuresByGoalId.load(goal.id);
  }
}
