import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { findByIdOrFail } from '../../db/find-by-id.js';
import type { Context } from '../../graphql/context.js';
import { Goal } from '../goal/goal.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { listedIndicator, type ListedIndicator } from '../indicator/listed-indicator.js';
import { Policy } from '../policy/policy.entity.js';
import { listedProject, type ListedProject } from '../project/listed-project.js';
import { Project } from '../project/project.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { KpiGroup } from './kpi-group.type.js';
import { Measure } from './measure.entity.js';

@Resolver(() => Measure)
export class MeasureResolver {
  @Query(() => Measure, { description: 'A measure; NOT_FOUND when the id names none.' })
  measure(@Arg('id', () => ID) id: string, @Ctx() { dataSource }: Context): Promise<Measure> {
    return findByIdOrFail(dataSource, Measure, 'Measure', id);
  }

  @FieldResolver(() => Strategy, { description: 'The strategy the measure belongs to (its rules judge the KPIs).' })
  async strategy(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<Strategy> {
    return (await loaders.strategyById.load(measure.strategyId))!;
  }

  @FieldResolver(() => Goal)
  async goal(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<Goal> {
    const goals = await loaders.goalsByStrategyId.load(measure.strategyId);
    return goals.find((g) => g.id === measure.goalId)!;
  }

  @FieldResolver(() => [Policy])
  policies(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<Policy[]> {
    return loaders.policiesByMeasureId.load(measure.id);
  }

  @FieldResolver(() => [Indicator], { description: 'The KPIs of the measure’s table, in order, 【再掲】 ones included.' })
  async indicators(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<ListedIndicator[]> {
    return (await loaders.listingsByMeasureId.load(measure.id)).map(listedIndicator);
  }

  @FieldResolver(() => [KpiGroup], { description: 'The KPI table by row group (No / 施策項目).' })
  async kpiGroups(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<KpiGroup[]> {
    const [listings, policies] = await Promise.all([
      loaders.listingsByMeasureId.load(measure.id),
      loaders.policiesByMeasureId.load(measure.id),
    ]);
    const groups = new Map<number, KpiGroup>();
    for (const listing of listings) {
      let group = groups.get(listing.groupNo);
      if (!group) {
        const policy = policies.find((p) => p.id === listing.policyId) ?? null;
        group = { no: listing.groupNo, item: listing.groupItem, policy, indicators: [] };
        groups.set(listing.groupNo, group);
      }
      group.indicators.push(listedIndicator(listing));
    }
    return [...groups.values()];
  }

  @FieldResolver(() => [Project], { description: '主な事業, 【再掲】 ones included.' })
  async projects(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<ListedProject[]> {
    return (await loaders.projectListingsByMeasureId.load(measure.id)).map(listedProject);
  }
}
