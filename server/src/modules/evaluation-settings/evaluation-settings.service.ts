import { checkProgressConfig, configFieldName, CycleState, type ProgressConfig } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import type { Loaders } from '../../graphql/context.js';
import { BadInputError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Indicator } from '../indicator/indicator.entity.js';
import { indicatorProgress, rolledUpProgress } from '../indicator/indicator-progress.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { keepYearConfig } from '../strategy/closed-year-config.js';
import { Strategy } from '../strategy/strategy.entity.js';
import type { User } from '../user/user.entity.js';
import { GradedSubject, type GradeChange } from './grade-change.types.js';

/** 政策企画課's settings of how a strategy grades: checked, previewed against a year's figures, saved and audited. */
export class EvaluationSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Refuses a configuration that cannot grade, naming its first faulty field (`config.scales[0].steps[1].grade`). */
  check(config: ProgressConfig, strategy: Strategy): void {
    const [issue] = checkProgressConfig(config, strategy);
    if (issue) throw new BadInputError(`評価の設定が正しくありません（${configFieldName(issue.path)}）: ${issue.message} / The grading settings are not valid: ${issue.message}`, configFieldName(issue.path));
  }

  /** The grades of `fiscalYear` that `config` would change, in the plan's order: each goal, its KGIs, its measures with their KPIs. */
  async preview(loaders: Loaders, viewer: User, strategy: Strategy, config: ProgressConfig, fiscalYear: number): Promise<GradeChange[]> {
    this.check(config, strategy);
    if (fiscalYear < strategy.periodStartFY || fiscalYear > strategy.periodEndFY) {
      throw new BadInputError(`${fiscalYear}年度は計画期間外です / FY${fiscalYear} lies outside the plan period`, 'fiscalYear');
    }
    // Each level is loaded for every goal at once (one batch per loader), then every figure in parallel, then put in order.
    const goals = await loaders.goalsByStrategyId.load(strategy.id);
    const [kgis, measures] = await Promise.all([
      Promise.all(goals.map((g) => loaders.kgisByGoalId.load(g.id))),
      Promise.all(goals.map((g) => loaders.measuresByGoalId.load(g.id))),
    ]);
    const listings = await Promise.all(measures.map((ms) => Promise.all(ms.map((m) => loaders.listingsByMeasureId.load(m.id)))));
    const both = <T>(figure: (c: ProgressConfig | undefined) => Promise<T>) => Promise.all([figure(undefined), figure(config)]);
    const indicatorRow = async (i: Indicator): Promise<GradeChange> => {
      const [before, after] = await both((c) => indicatorProgress(loaders, viewer, i, fiscalYear, c));
      return { subject: GradedSubject.INDICATOR, id: i.id, label: i.name, before: before.grade, after: after.grade };
    };
    const rolledRow = async (subject: GradedSubject, id: string, label: string, indicators: Indicator[]): Promise<GradeChange> => {
      const [before, after] = await both((c) => rolledUpProgress(loaders, viewer, strategy.id, indicators, fiscalYear, c));
      return { subject, id, label, before: before.grade, after: after.grade };
    };
    const seen = new Set<string>();
    const rows: Promise<GradeChange>[] = goals.flatMap((goal, g) => {
      const kpisOf = listings[g].map((ls) => ls.map((l) => l.indicator!));
      const once = (i: Indicator) => !seen.has(i.id) && seen.add(i.id);
      return [
        rolledRow(GradedSubject.GOAL, goal.id, `基本目標${goal.number} ${goal.title}`, kpisOf.flat()),
        ...kgis[g].filter(once).map(indicatorRow),
        ...measures[g].flatMap((measure, m) => [rolledRow(GradedSubject.MEASURE, measure.id, `${measure.code} ${measure.title}`, kpisOf[m]), ...kpisOf[m].filter(once).map(indicatorRow)]),
      ];
    });
    const changes = (await Promise.all(rows)).filter((c) => c.before !== c.after);
    return changes;
  }

  /**
   * Saves the strategy's rules. The years of closed cycles keep the rules they were graded with;
   * the change is audited in every cycle still open, whose pages then read their grades again.
   */
  async update(viewer: User, strategyId: string, config: ProgressConfig): Promise<Strategy> {
    return this.dataSource.transaction(async (manager) => {
      const strategy = await manager.findOne(Strategy, { where: { id: strategyId }, lock: { mode: 'pessimistic_write' } });
      if (!strategy) throw new NotFoundError('Strategy', strategyId);
      this.check(config, strategy);
      const cycles = await manager.findBy(ReviewCycle, { strategyId });
      for (const c of cycles.filter((c) => c.state === CycleState.CLOSED)) await keepYearConfig(manager, strategyId, c.fiscalYear);
      const before = { progressConfig: strategy.progressConfig };
      await manager.update(Strategy, { id: strategyId }, { progressConfig: config });
      const open = cycles.filter((c) => c.state !== CycleState.CLOSED);
      for (const cycleId of open.length ? open.map((c) => c.id) : [null]) {
        await recordAudit(manager, { userId: viewer.id, cycleId, action: 'strategy.progressConfig', entityType: 'Strategy', entityId: strategyId, before, after: { progressConfig: config } });
      }
      return manager.findOneByOrFail(Strategy, { id: strategyId });
    });
  }
}
