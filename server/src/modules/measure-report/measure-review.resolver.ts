import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Department } from '../department/department.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { MeasureReport } from './measure-report.entity.js';

@Resolver(() => Measure)
export class MeasureReviewResolver {
  @FieldResolver(() => MeasureReport, { nullable: true, description: 'The measure’s report in a review cycle; null until one is saved.' })
  async report(@Root() measure: Measure, @Arg('cycleId', () => ID) cycleId: string, @Ctx() { loaders }: Context): Promise<MeasureReport | null> {
    return (await loaders.measureReportsByMeasureId.load(measure.id)).find((r) => r.cycleId === cycleId) ?? null;
  }

  @FieldResolver(() => [Department], { description: 'The departments of its own KPIs and main projects, who write its report.' })
  async responsibleDepartments(@Root() measure: Measure, @Ctx() { loaders }: Context): Promise<Department[]> {
    const links = await loaders.responsibleDepartmentsByMeasureId.load(measure.id);
    const departments = await loaders.departmentById.loadMany(links.map((l) => l.departmentId));
    return departments.filter((d): d is Department => d instanceof Department).sort((a, b) => a.name.localeCompare(b.name, 'ja'));
  }
}
