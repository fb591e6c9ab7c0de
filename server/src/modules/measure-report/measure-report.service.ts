import { assignableGrades, defaultProgressConfig, type ReportConfig } from '@kaizen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { BadInputError, ForbiddenError, NotFoundError } from '../../graphql/errors.js';
import { Measure } from '../measure/measure.entity.js';
import { reportConfigOf } from '../report-settings/report-settings.service.js';
import { mayHandIn } from '../review-cycle/submission.policy.js';
import type { Notifier } from '../notification/notifier.js';
import { SubmissionWorkflow } from '../review-cycle/submission-workflow.js';
import { Strategy } from '../strategy/strategy.entity.js';
import type { User } from '../user/user.entity.js';
import { MeasureReport } from './measure-report.entity.js';
import type { SaveMeasureReportInput } from './measure-report.inputs.js';
import { responsibleDepartments } from './responsible-departments.js';

/** A report is handed in with what was done, the direction and a self-evaluation; 課題 may be none. */
function unfilledField(report: MeasureReport): string | null {
  if (!report.whatWasDone.trim()) return 'whatWasDone';
  if (!report.nextDirection) return 'nextDirection';
  if (!report.selfGrade) return 'selfGrade';
  return null;
}

const RATINGS = { effectiveness: '有効性', efficiency: '効率性' } as const;

/** The direction and ratings as the strategy's report form offers them: an option's code, a rating only where the form asks for it. */
function reportChoices(config: ReportConfig, input: TypedReport): Pick<MeasureReport, 'nextDirection' | 'effectiveness' | 'efficiency'> {
  const nextDirection = input.nextDirection?.trim() || null;
  const codes = config.directions.map((d) => d.code);
  if (nextDirection && !codes.includes(nextDirection)) {
    const labels = config.directions.map((d) => d.label);
    throw new BadInputError(`今後の方向性は ${labels.join('・')} のいずれかです / The next direction is one of ${codes.join(', ')}`, 'nextDirection');
  }
  const rating = (field: keyof typeof RATINGS): string | null => {
    const value = input[field]?.trim() || null;
    if (value === null) return null;
    if (!config[field]) throw new BadInputError(`この総合戦略の報告様式には${RATINGS[field]}がありません / This strategy’s reports do not rate ${field}`, field);
    if (!config.ratingLevels.includes(value)) {
      throw new BadInputError(`${RATINGS[field]}は ${config.ratingLevels.join('・')} のいずれかです / ${field} is one of ${config.ratingLevels.join(', ')}`, field);
    }
    return value;
  };
  return { nextDirection, effectiveness: rating('effectiveness'), efficiency: rating('efficiency') };
}

type TypedReport = Pick<SaveMeasureReportInput, 'whatWasDone' | 'issues' | 'nextDirection' | 'effectiveness' | 'efficiency' | 'selfGrade'>;

/** A report's fields as the strategy's form takes them (its grades, directions and ratings): the form's rules and the workbook import's. */
export function reportFields(strategy: Strategy, fiscalYear: number, input: TypedReport): Pick<MeasureReport, 'whatWasDone' | 'issues' | 'selfGrade' | 'nextDirection' | 'effectiveness' | 'efficiency'> {
  const grades = assignableGrades(strategy.progressConfig ?? defaultProgressConfig, fiscalYear);
  const selfGrade = input.selfGrade?.trim() || null;
  if (selfGrade && !grades.includes(selfGrade)) {
    throw new BadInputError(`自己評価は ${grades.join('・')} のいずれかです / The self-evaluation is one of ${grades.join(', ')}`, 'selfGrade');
  }
  return { whatWasDone: input.whatWasDone.trim(), issues: input.issues.trim(), selfGrade, ...reportChoices(reportConfigOf(strategy), input) };
}

export class MeasureReportService {
  /** submit / accept / return. */
  readonly workflow: SubmissionWorkflow<MeasureReport>;

  constructor(
    private readonly dataSource: DataSource,
    notifier: Notifier | null = null,
  ) {
    this.workflow = new SubmissionWorkflow(
      dataSource,
      MeasureReport,
      'MeasureReport',
      async (manager, viewer, row) => mayHandIn(viewer, await this.departmentIds(manager, row.measureId)),
      { unfilledField, onReturned: (row) => notifier?.reportReturned(row) },
    );
  }

  listForCycle(cycleId: string): Promise<MeasureReport[]> {
    return this.dataSource.getRepository(MeasureReport).find({ where: { cycleId }, order: { updatedAt: 'DESC' } });
  }

  save(viewer: User, input: SaveMeasureReportInput): Promise<MeasureReport> {
    return this.workflow.saveDraft(viewer, input.cycleId, { measureId: input.measureId }, input.expectedVersion ?? null, async (manager, cycle) => {
      const measure = await manager.findOneBy(Measure, { id: input.measureId, strategyId: cycle.strategyId });
      if (!measure) throw new NotFoundError('Measure', input.measureId);
      if (!mayHandIn(viewer, await this.departmentIds(manager, measure.id))) {
        throw new ForbiddenError('この施策の評価は担当課だけが入力できます / Only the measure’s departments write its report');
      }
      return reportFields(await manager.findOneByOrFail(Strategy, { id: cycle.strategyId }), cycle.fiscalYear, input);
    });
  }

  private async departmentIds(manager: EntityManager, measureId: string): Promise<string[]> {
    return (await responsibleDepartments(manager, [measureId])).map((r) => r.departmentId);
  }
}
