import { Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Measure } from '../measure/measure.entity.js';
import { User } from '../user/user.entity.js';
import { MeasureReport } from './measure-report.entity.js';
import { SaveMeasureReportInput } from './measure-report.inputs.js';
import { readableReports } from './measure-report.policy.js';

// Signed in only: the review (cycles, their dialogue, drafts) is not public (README "Security"); mutations keep their own roles.
@Authorized()
@Resolver(() => MeasureReport)
export class MeasureReportResolver {
  @Query(() => [MeasureReport], { description: 'The measure reports written in a review cycle that the viewer may read (as for `Measure.report`).' })
  async measureReports(@Arg('cycleId', () => ID) cycleId: string, @Ctx() { services, loaders, viewer }: Context): Promise<MeasureReport[]> {
    return readableReports(viewer, loaders, await services.measureReports.listForCycle(cycleId));
  }

  @Authorized(Role.DEPARTMENT, Role.PLANNING)
  @Mutation(() => MeasureReport, { description: 'Saves a draft measure report (the measure’s departments). CONFLICT when expectedVersion is stale.' })
  saveMeasureReport(@Arg('input', () => SaveMeasureReportInput) input: SaveMeasureReportInput, @Ctx() { services, viewer }: Context): Promise<MeasureReport> {
    return services.measureReports.save(viewer!, input);
  }

  @Authorized(Role.DEPARTMENT, Role.PLANNING)
  @Mutation(() => MeasureReport, { description: 'Submits a draft or returned measure report; it needs 取組内容, 今後の方向性 and a self-evaluation.' })
  submitMeasureReport(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) v: number, @Ctx() { services, viewer }: Context): Promise<MeasureReport> {
    return services.measureReports.workflow.submit(viewer!, id, v);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => MeasureReport, { description: 'Accepts a submitted measure report (政策企画課).' })
  acceptMeasureReport(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) v: number, @Ctx() { services, viewer }: Context): Promise<MeasureReport> {
    return services.measureReports.workflow.accept(viewer!, id, v);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => MeasureReport, { description: 'Returns a submitted or accepted measure report to its departments, with a reason (政策企画課).' })
  returnMeasureReport(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) v: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() { services, viewer }: Context,
  ): Promise<MeasureReport> {
    return services.measureReports.workflow.return(viewer!, id, v, reason);
  }

  @FieldResolver(() => Measure)
  async measure(@Root() report: MeasureReport, @Ctx() { loaders }: Context): Promise<Measure> {
    return (await loaders.measureById.load(report.measureId))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who wrote it last.' })
  updatedByUser(@Root() report: MeasureReport, @Ctx() { loaders }: Context): Promise<User | undefined> | null {
    return report.updatedBy ? loaders.userById.load(report.updatedBy) : null;
  }
}
