import { Role, type ProgressConfig } from '@kaizen/shared';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/auth-checker.js';
import { NotFoundError } from '../../graphql/errors.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { GradeChange } from './grade-change.types.js';
import { ProgressConfigInput } from './progress-config.inputs.js';

@Resolver()
export class EvaluationSettingsResolver {
  @Authorized(Role.PLANNING, Role.ADMIN)
  @Query(() => [GradeChange], { description: 'The grades of a fiscal year that these rules would change, before saving them (政策企画課).' })
  async progressConfigPreview(
    @Arg('strategyId', () => ID) strategyId: string,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('config', () => ProgressConfigInput) config: ProgressConfigInput,
    @Ctx() ctx: Context,
  ): Promise<GradeChange[]> {
    const strategy = await ctx.loaders.strategyById.load(strategyId);
    if (!strategy) throw new NotFoundError('Strategy', strategyId);
    return ctx.services.evaluationSettings.preview(ctx.loaders, requireViewer(ctx), strategy, config as ProgressConfig, fiscalYear);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => Strategy, { description: 'Sets how the strategy grades; closed years keep their grades (政策企画課). Audited.' })
  updateProgressConfig(
    @Arg('strategyId', () => ID) strategyId: string,
    @Arg('config', () => ProgressConfigInput) config: ProgressConfigInput,
    @Ctx() ctx: Context,
  ): Promise<Strategy> {
    return ctx.services.evaluationSettings.update(requireViewer(ctx), strategyId, config as ProgressConfig);
  }
}
