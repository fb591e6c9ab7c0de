import { checkProgressConfig, CycleState, type ProgressConfig, type RollUp } from '@kaizen/shared';
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

const fieldOf = (path: (string | number)[]) => path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : `${out}.${p}`), 'config');

/** 政策企画課's settings of how a strategy grades: checked, previewed against a year's figures, saved and audited. */
export class EvaluationSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Refuses a configuration that cannot grade, naming its first faulty field (`config.scales[0].steps[1].grade`). */
  check(config: ProgressConfig, strategy: Strategy): void {
    const [issue] = checkProgressConfig(config, strategy);
    if (issue) throw new BadInputError(`評価の設定が正しくありません（${fieldOf(issue.path)}）: ${issue.message} / The grading settings are not valid: ${issue.message}`, fieldOf(issue.path));
  }

  /** The grades of `fiscalYear` that `config` would change, in the plan's order: each goal, its KGIs, its measures with their KPIs. */
  async preview(loaders: Loaders, viewer: User, strategy: Strategy, config: ProgressConfig, fiscalYear: number): Promise<GradeChange[]> {
    this.check(config, strategy);
    if (fiscalYear < strategy.periodStartFY || fiscalYear > strategy.periodEndFY) {
      throw new BadInputError(`${fiscalYear}年度は計画期間外です / FY${fiscalYear} lies outside the plan period`, 'fiscalYear');
    }
    const changes: GradeChange[] = [];
    const seen = new Set<string>();
    const indicator = async (i: Indicator) => {
      if (seen.has(i.id)) return;
      seen.add(i.id);
      const [before, after] = await Promise.all([indicatorProgress(loaders, viewer, i, fiscalYear), indicatorProgress(loaders, viewer, i, fiscalYear, config)]);
      if (before.grade !== after.grade) changes.push({ subject: GradedSubject.INDICATOR, id: i.id, label: i.name, before: before.grade, after: after.grade });
    };
    const rolled = (subject: GradedSubject, id: string, label: string, [before, after]: RollUp[]) => {
      if (before.grade !== after.grade) changes.push({ subject, id, label, before: before.grade, after: after.grade });
    };
    for (const goal of await loaders.goalsByStrategyId.load(strategy.id)) {
      const [kgis, measures] = await Promise.all([loaders.kgisByGoalId.load(goal.id), loaders.measuresByGoalId.load(goal.id)]);
      const listings = await Promise.all(measures.map((m) => loaders.listingsByMeasureId.load(m.id)));
      const kpis = listings.flat().map((l) => l.indicator!);
      const both = (indicators: Indicator[]) => Promise.all([undefined, config].map((c) => rolledUpProgress(loaders, viewer, strategy.id, indicators, fiscalYear, c)));
      rolled(GradedSubject.GOAL, goal.id, `基本目標${goal.number} ${goal.title}`, await both(kpis));
      for (const kgi of kgis) await indicator(kgi);
      for (const [m, measure] of measures.entries()) {
        rolled(GradedSubject.MEASURE, measure.id, `${measure.code} ${measure.title}`, await both(listings[m].map((l) => l.indicator!)));
        for (const l of listings[m]) await indicator(l.indicator!);
      }
    }
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
