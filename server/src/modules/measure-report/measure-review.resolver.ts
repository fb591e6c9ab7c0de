import { Arg, Authorized, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Department } from '../department/department.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { MeasureReport } from './measure-report.entity.js';
import { cycleMeasureKey } from './measure-report.loaders.js';
import { readableReports } from './measure-report.policy.js';

@Resolver(() => Measure)
export class MeasureReviewResolver {
  // Signed in only: reports are the review's (responsibleDepartments, beside it, is the plan's and public).
  @Authorized()
  @FieldResolver(() => MeasureReport, {
    nullable: true,
    description:
      'The measure’s report in a review cycle; null until one is saved, or while it is a draft (or returned) the viewer may not read: those only for its responsible departments, the planning division and administrators.',
  })
  async report(@Root() measure: Measure, @Arg('cycleId', () => ID) cycleId: string, @Ctx() { loaders, viewer }: Context): Promise<MeasureReport | null> {
    const reports = await loaders.measureReportsByCycleMeasure.load(cycleMeasureKey(cycleId, measure.id));
    return (await readableReports(viewer, loaders, reports))[0] ?? null;
  }

  @FieldResolver(() => [Department], { description: 'The departments of its own KPIs and main projects, who write its report.' })
  async responsibleDepartments(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<Department[]> {
    const links = await loaders.responsibleDepartmentsByMeasureId.load(measure.id);
    const departments = await loaders.departmentById.loadMany(links.map((l) => l.departmentId));
    return departments.filter((d): d is Department => d !== undefined && !(d instanceof Error)).sort((a, b) => a.name.localeCompare(b.name, 'ja'));
  }
}
