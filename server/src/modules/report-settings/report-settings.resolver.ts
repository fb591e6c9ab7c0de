import { Role, type ReportConfig } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireViewer } from '../../graphql/auth-checker.js';
import { cycleAsOf } from '../review-cycle/cycle-as-of.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { ReportConfigInput } from './report-config.inputs.js';
import { ReportConfigType } from './report-config.types.js';
import { reportConfigOf } from './report-settings.service.js';

@Resolver(() => Strategy)
export class ReportSettingsResolver {
  // Public, as progressConfig is: the options are part of how the plan is reviewed, not of anyone's report.
  @FieldResolver(() => ReportConfigType, {
    description:
      'What a measure report asks for: the 今後の方向性 options, and whether 有効性・効率性 are rated. With `cycleId`, those that cycle’s reports were written with: kept as it closed, whatever the strategy’s are now.',
  })
  async reportConfig(
    @Root() strategy: Strategy,
    @Arg('cycleId', () => ID, { nullable: true }) cycleId: string | null,
    @Ctx() { loaders }: Context,
  ): Promise<ReportConfig> {
    const cycle = cycleId ? await cycleAsOf(loaders, cycleId, strategy.id) : null;
    return cycle?.closedReportConfig ?? reportConfigOf(strategy);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => Strategy, { description: 'Sets what the strategy’s measure reports ask for (政策企画課). Audited.' })
  updateReportConfig(
    @Arg('strategyId', () => ID) strategyId: string,
    @Arg('config', () => ReportConfigInput) config: ReportConfigInput,
    @Ctx() ctx: Context,
  ): Promise<Strategy> {
    return ctx.services.reportSettings.update(requireViewer(ctx), strategyId, { ...config, directions: config.directions.map((d) => ({ ...d, meaning: d.meaning ?? null })) });
  }
}
