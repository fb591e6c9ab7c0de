import { checkReportConfig, configFieldName, CycleState, defaultReportConfig, type ReportConfig } from '@kaizen/shared';
import type { DataSource } from 'typeorm';
import { BadInputError, NotFoundError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import type { User } from '../user/user.entity.js';

/** The configuration as stored: text trimmed, an empty meaning is none. */
export function normalReportConfig(c: ReportConfig): ReportConfig {
  return {
    directions: c.directions.map((d) => ({ code: d.code.trim(), label: d.label.trim(), meaning: d.meaning?.trim() || null })),
    effectiveness: c.effectiveness,
    efficiency: c.efficiency,
    ratingLevels: c.ratingLevels.map((l) => l.trim()),
  };
}

/** The configuration a strategy's reports follow. */
export const reportConfigOf = (strategy: Strategy): ReportConfig => strategy.reportConfig ?? defaultReportConfig;

/** 政策企画課's settings of what a measure report asks for: checked, saved and audited. */
export class ReportSettingsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Refuses a configuration a report cannot follow, naming its first faulty field (`config.directions[1].code`). */
  check(config: ReportConfig): void {
    const [issue] = checkReportConfig(config);
    if (issue) {
      const field = configFieldName(issue.path);
      throw new BadInputError(`報告様式の設定が正しくありません（${field}）: ${issue.message} / The report form settings are not valid: ${issue.message}`, field);
    }
  }

  /**
   * Saves what the strategy's reports ask for. Reports already written keep their codes: a code
   * no longer offered is shown as itself until the report is saved again with one that is.
   */
  async update(viewer: User, strategyId: string, input: ReportConfig): Promise<Strategy> {
    const config = normalReportConfig(input);
    return this.dataSource.transaction(async (manager) => {
      const strategy = await manager.findOne(Strategy, { where: { id: strategyId }, lock: { mode: 'pessimistic_write' } });
      if (!strategy) throw new NotFoundError('Strategy', strategyId);
      this.check(config);
      const before = { reportConfig: strategy.reportConfig };
      await manager.update(Strategy, { id: strategyId }, { reportConfig: config });
      const open = (await manager.findBy(ReviewCycle, { strategyId })).filter((c) => c.state !== CycleState.CLOSED);
      // Audited in every open cycle, whose pages then read the options again (as for the grading settings).
      for (const cycleId of open.length ? open.map((c) => c.id) : [null]) {
        await recordAudit(manager, { userId: viewer.id, cycleId, action: 'strategy.reportConfig', entityType: 'Strategy', entityId: strategyId, before, after: { reportConfig: config } });
      }
      return manager.findOneByOrFail(Strategy, { id: strategyId });
    });
  }
}
