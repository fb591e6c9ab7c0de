import type { DepartmentRef, ListingRef } from '@kaizen/shared';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { findByIdOrFail } from '../../db/find-by-id.js';
import type { Context } from '../../graphql/context.js';
import { Department } from '../department/department.entity.js';
import { Goal } from '../goal/goal.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { Indicator } from './indicator.entity.js';
import { Baseline, Target } from './indicator.types.js';
import type { ListedIndicator } from './listed-indicator.js';

/** An indicator as a version of the plan has it: a revision of its 担当課 or 掲載 carries them (plan-revision/indicator-relations). */
type IndicatorVersion = Indicator & { departments?: DepartmentRef[]; listings?: ListingRef[] };

@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => Indicator, { description: 'An indicator; NOT_FOUND when the id names none.' })
  indicator(@Arg('id', () => ID) id: string, @Ctx() { dataSource }: Context): Promise<Indicator> {
    return findByIdOrFail(dataSource, Indicator, 'Indicator', id);
  }

  @FieldResolver(() => Boolean, {
    description: '【再掲】: listed here although another measure defines it. False outside a measure’s KPI table.',
  })
  relisted(@Root() indicator: ListedIndicator): boolean {
    return indicator.listing?.relisted ?? false;
  }

  @FieldResolver(() => [Department], { description: '担当課, in the plan’s order (in a version of the plan: as it had them).' })
  async departments(@Root() indicator: IndicatorVersion, @Ctx() { loaders }: Context): Promise<Department[]> {
    if (!indicator.departments) return loaders.departmentsByIndicatorId.load(indicator.id);
    const found = await Promise.all(indicator.departments.map((d) => loaders.departmentById.load(d.id)));
    return found.filter((d): d is Department => d !== undefined);
  }

  @FieldResolver(() => Baseline)
  baseline(@Root() i: Indicator): Baseline {
    return { value: i.baselineValue, label: i.baselineLabel, text: i.baselineText, note: i.baselineNote, unit: i.baselineUnit ?? i.unit };
  }

  @FieldResolver(() => Target)
  target(@Root() i: Indicator): Target {
    return { value: i.targetValue, fiscalYear: i.targetFiscalYear, text: i.targetText, unit: i.targetUnit ?? i.unit, note: i.targetNote };
  }

  @FieldResolver(() => [Measure], { description: 'The measures whose KPI tables list this indicator, the one defining it first, then those listing it 【再掲】 (none for a KGI).' })
  async measures(@Root() indicator: IndicatorVersion, @Ctx() { loaders }: Context): Promise<Measure[]> {
    if (!indicator.listings) return (await loaders.listingsByIndicatorId.load(indicator.id)).map((l) => l.measure!);
    const found = await Promise.all(indicator.listings.map((l) => loaders.measureById.load(l.measureId)));
    return found.filter((m): m is Measure => m !== undefined);
  }

  @FieldResolver(() => Strategy, { description: 'The strategy the indicator belongs to (its rules judge it).' })
  async strategy(@Root() indicator: Indicator, @Ctx() { loaders }: Context): Promise<Strategy> {
    return (await loaders.strategyById.load(indicator.strategyId))!;
  }

  @FieldResolver(() => Goal, { nullable: true, description: 'The goal of a KGI, or of the measure that defines a KPI.' })
  async goal(@Root() indicator: Indicator, @Ctx() { loaders }: Context): Promise<Goal | undefined> {
    const goals = await loaders.goalsByStrategyId.load(indicator.strategyId);
    if (indicator.goalId) return goals.find((g) => g.id === indicator.goalId);
    const home = (await loaders.listingsByIndicatorId.load(indicator.id)).find((l) => !l.relisted);
    return goals.find((g) => g.id === home?.measure?.goalId);
  }
}
