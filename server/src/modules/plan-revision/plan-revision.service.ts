import { isRevisableField, parseLocalDate, parseRevisableValue, PlanChangeAction, PlanSubject, RevisionState, Role, type BilingualText } from '@kaizen/shared';
import { isDeepStrictEqual } from 'node:util';
import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { findByIdOrFail } from '../../db/find-by-id.js';
import { BadInputError, ConflictError, ForbiddenError, InvalidStateError } from '../../graphql/errors.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { Goal } from '../goal/goal.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { Project } from '../project/project.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import type { User } from '../user/user.entity.js';
import { PlanChange } from './plan-change.entity.js';
import { MAX_REVISION_REASON, MAX_REVISION_TITLE, type PlanRevisionInput, type SetPlanChangeInput } from './plan-revision.inputs.js';
import { PlanRevision } from './plan-revision.entity.js';

/** The table each subject of a change lives in, and its name in errors and the audit log. */
export const SUBJECT_ENTITIES: Record<PlanSubject, { entity: EntityTarget<{ id: string }>; name: string }> = {
  STRATEGY: { entity: Strategy, name: 'Strategy' },
  GOAL: { entity: Goal, name: 'Goal' },
  MEASURE: { entity: Measure, name: 'Measure' },
  POLICY: { entity: Policy, name: 'Policy' },
  PROJECT: { entity: Project, name: 'Project' },
  INDICATOR: { entity: Indicator, name: 'Indicator' },
};

/** How far past its period a plan may be revised to reach (an extension by a few years, not a new plan). */
const MAX_EXTENSION_YEARS = 5;

const refusal = (error: BilingualText) => `${error.ja} / ${error.en}`;

function requiredText(raw: string, max: number, field: string, what: BilingualText): string {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (!text) throw new BadInputError(`${what.ja}を入力してください / Give the ${what.en}`, field);
  if (text.length > max) throw new BadInputError(`${what.ja}は ${max.toLocaleString('ja-JP')} 文字までです / The ${what.en} takes at most ${max} characters`, field);
  return text;
}

function mayRevise(viewer: User): void {
  if (viewer.role !== Role.PLANNING) throw new ForbiddenError('計画の改訂は政策企画課が行います / Only the planning division revises the plan');
}

export class PlanRevisionService {
  constructor(private readonly dataSource: DataSource) {}

  /** A new draft, numbered after the plan's last revision. */
  create(viewer: User, strategyId: string, input: PlanRevisionInput): Promise<PlanRevision> {
    mayRevise(viewer);
    return this.dataSource.transaction(async (manager) => {
      // Locked: two drafts started at once take consecutive numbers.
      const strategy = await findByIdOrFail(manager, Strategy, 'Strategy', strategyId, { lock: { mode: 'pessimistic_write' } });
      const header = this.header(strategy, input);
      const last = await manager.getRepository(PlanRevision).maximum('number', { strategyId });
      const revision = manager.create(PlanRevision, { ...header, strategyId, number: (last ?? 0) + 1, state: RevisionState.DRAFT, createdById: viewer.id });
      await manager.save(revision);
      await recordAudit(manager, { userId: viewer.id, action: 'planRevision.create', entityType: 'PlanRevision', entityId: revision.id, before: null, after: revision });
      return revision;
    });
  }

  /** Changes what a draft says of itself; CONFLICT when `expectedVersion` is stale. */
  update(viewer: User, id: string, expectedVersion: number, input: PlanRevisionInput): Promise<PlanRevision> {
    mayRevise(viewer);
    return this.dataSource.transaction(async (manager) => {
      const revision = await this.lockDraft(manager, id, expectedVersion);
      const strategy = await manager.findOneByOrFail(Strategy, { id: revision.strategyId });
      const before = { ...revision };
      manager.merge(PlanRevision, revision, this.header(strategy, input));
      await manager.save(revision);
      await recordAudit(manager, { userId: viewer.id, action: 'planRevision.update', entityType: 'PlanRevision', entityId: revision.id, before, after: revision });
      return revision;
    });
  }

  /**
   * Sets one field of the plan as the draft changes it (replacing the draft's earlier change of the
   * same field). Several people may edit one draft: each change is its own row, so only two edits
   * of the same field meet, and the later one stands (both are in the audit log).
   */
  setChange(viewer: User, input: SetPlanChangeInput): Promise<PlanChange> {
    mayRevise(viewer);
    if (!isRevisableField(input.subjectType, input.field)) throw new BadInputError(`この項目は改訂で変更できません（${input.field}） / This field cannot be revised (${input.field})`, 'field');
    let raw: unknown;
    try {
      raw = JSON.parse(input.value);
    } catch {
      throw new BadInputError('値を JSON で指定してください（例: 120, "延べ 120 件", null） / Give the value as JSON (e.g. 120, "120 in all", null)', 'value');
    }
    const parsed = parseRevisableValue(input.subjectType, input.field, raw);
    if ('error' in parsed) throw new BadInputError(refusal(parsed.error), 'value');
    const reason = input.reason?.trim() ? requiredText(input.reason, MAX_REVISION_REASON, 'reason', { ja: '理由', en: 'reason' }) : null;
    return this.dataSource.transaction(async (manager) => {
      const revision = await this.lockDraft(manager, input.revisionId);
      const subject = await this.subjectOf(manager, revision.strategyId, input.subjectType, input.subjectId);
      const strategy = await manager.findOneByOrFail(Strategy, { id: revision.strategyId });
      this.checkValue(strategy, input.subjectType, input.field, parsed.value);
      const before = (subject as Record<string, unknown>)[input.field] ?? null;
      if (isDeepStrictEqual(before, parsed.value)) throw new BadInputError('いまの計画と同じ値です / That is the value the plan has now', 'value');
      const repo = manager.getRepository(PlanChange);
      const existing = await repo.findOneBy({ revisionId: revision.id, subjectType: input.subjectType, subjectId: input.subjectId, field: input.field });
      const prior = existing ? { ...existing } : null;
      const position = existing?.position ?? ((await repo.maximum('position', { revisionId: revision.id })) ?? 0) + 1;
      const change = existing ?? repo.create({ revisionId: revision.id, strategyId: revision.strategyId, subjectType: input.subjectType, subjectId: input.subjectId, field: input.field, action: PlanChangeAction.UPDATE, position });
      manager.merge(PlanChange, change, { before, after: parsed.value, reason });
      await repo.save(change);
      await recordAudit(manager, { userId: viewer.id, action: 'planRevision.setChange', entityType: 'PlanRevision', entityId: revision.id, before: prior, after: change });
      return change;
    });
  }

  /** Takes one change out of a draft. */
  removeChange(viewer: User, changeId: string): Promise<boolean> {
    mayRevise(viewer);
    return this.dataSource.transaction(async (manager) => {
      const change = await findByIdOrFail(manager, PlanChange, 'PlanChange', changeId);
      const revision = await this.lockDraft(manager, change.revisionId);
      await manager.remove(change);
      await recordAudit(manager, { userId: viewer.id, action: 'planRevision.removeChange', entityType: 'PlanRevision', entityId: revision.id, before: { ...change, id: changeId }, after: null });
      return true;
    });
  }

  /**
   * Adopts a draft: its changes are written to the plan, each keeping the value it replaced (read
   * again now, so that a revision adopted meanwhile is not undone), and the revision takes the next
   * place in the order of adoption. From then on it cannot change.
   */
  adopt(viewer: User, id: string, expectedVersion: number): Promise<PlanRevision> {
    mayRevise(viewer);
    return this.dataSource.transaction(async (manager) => {
      // The plan first, then the revision: adoptions of one plan queue here, in one order.
      const { strategyId } = await findByIdOrFail(manager, PlanRevision, 'PlanRevision', id);
      await manager.findOne(Strategy, { where: { id: strategyId }, lock: { mode: 'pessimistic_write' } });
      const revision = await this.lockDraft(manager, id, expectedVersion);
      const changes = await manager.find(PlanChange, { where: { revisionId: id }, order: { position: 'ASC' } });
      if (changes.length === 0) throw new InvalidStateError('変更点のない改訂は決定できません / A revision without changes cannot be adopted', revision.state);
      for (const change of changes) {
        const { entity } = SUBJECT_ENTITIES[change.subjectType];
        const row = (await manager.findOneByOrFail(entity, { id: change.subjectId })) as unknown as Record<string, unknown>;
        change.before = row[change.field] ?? null;
        await manager.update(entity, change.subjectId, { [change.field]: change.after });
      }
      await manager.save(changes);
      const before = { ...revision };
      const [{ last }] = await manager.query(`SELECT max(adopted_seq) AS last FROM plan_revision WHERE strategy_id = $1`, [strategyId]);
      manager.merge(PlanRevision, revision, { state: RevisionState.ADOPTED, adoptedSeq: (last ?? 0) + 1, adoptedAt: new Date(), closedById: viewer.id });
      await manager.save(revision);
      await recordAudit(manager, { userId: viewer.id, action: 'planRevision.adopt', entityType: 'PlanRevision', entityId: id, before, after: { ...snapshot(revision), changes: changes.map((c) => snapshot(c)) } });
      return revision;
    });
  }

  /** Withdraws a draft: it stays on record as 取下げ, and the plan is as it was. */
  discard(viewer: User, id: string, expectedVersion: number): Promise<PlanRevision> {
    mayRevise(viewer);
    return this.dataSource.transaction(async (manager) => {
      const revision = await this.lockDraft(manager, id, expectedVersion);
      const before = { ...revision };
      manager.merge(PlanRevision, revision, { state: RevisionState.DISCARDED, closedById: viewer.id });
      await manager.save(revision);
      await recordAudit(manager, { userId: viewer.id, action: 'planRevision.discard', entityType: 'PlanRevision', entityId: id, before, after: revision });
      return revision;
    });
  }

  private header(strategy: Strategy, input: PlanRevisionInput) {
    const title = requiredText(input.title, MAX_REVISION_TITLE, 'title', { ja: '改訂の名称', en: 'title' });
    const reason = requiredText(input.reason, MAX_REVISION_REASON, 'reason', { ja: '改訂の理由', en: 'reason' });
    const last = strategy.periodEndFY + MAX_EXTENSION_YEARS;
    if (!Number.isInteger(input.effectiveFiscalYear) || input.effectiveFiscalYear < strategy.periodStartFY || input.effectiveFiscalYear > last) {
      throw new BadInputError(`適用年度は ${strategy.periodStartFY}〜${last} 年度です / The revision takes effect in a fiscal year from ${strategy.periodStartFY} to ${last}`, 'effectiveFiscalYear');
    }
    const decidedOn = input.decidedOn?.trim() ? parseLocalDate(input.decidedOn.trim()) : null;
    if (input.decidedOn?.trim() && !decidedOn) throw new BadInputError('決定日は 2025-05-30 の形で入力してください / Give the date decided as YYYY-MM-DD', 'decidedOn');
    return { title, reason, effectiveFiscalYear: input.effectiveFiscalYear, decidedBy: input.decidedBy?.trim() || null, decidedOn };
  }

  /** A draft, locked for the write; with `expectedVersion`, CONFLICT when another write came first. */
  private async lockDraft(manager: EntityManager, id: string, expectedVersion?: number): Promise<PlanRevision> {
    const revision = await findByIdOrFail(manager, PlanRevision, 'PlanRevision', id, { lock: { mode: 'pessimistic_write' } });
    if (revision.state !== RevisionState.DRAFT) throw new InvalidStateError('決定済み・取下げ済みの改訂は変更できません / An adopted or discarded revision cannot change', revision.state);
    if (expectedVersion !== undefined && revision.version !== expectedVersion) throw new ConflictError('PlanRevision', snapshot(revision));
    return revision;
  }

  /** The row a change is about, of the revision's own plan. */
  private async subjectOf(manager: EntityManager, strategyId: string, type: PlanSubject, id: string): Promise<object> {
    const { entity, name } = SUBJECT_ENTITIES[type];
    const row = (await findByIdOrFail(manager, entity, name, id)) as { id: string; strategyId?: string; measureId?: string };
    const owner = type === PlanSubject.STRATEGY ? row.id : type === PlanSubject.POLICY ? (await manager.findOneByOrFail(Measure, { id: row.measureId! })).strategyId : row.strategyId;
    if (owner !== strategyId) throw new BadInputError('この改訂の総合戦略のものを指定してください / It must belong to the revision’s strategy', 'subjectId');
    return row;
  }

  /** Checks that need the plan itself: a period runs forward from its start, within reach. */
  private checkValue(strategy: Strategy, type: PlanSubject, field: string, value: unknown): void {
    if (type === PlanSubject.STRATEGY && field === 'periodEndFY') {
      const end = value as number;
      if (end < strategy.periodStartFY || end > strategy.periodEndFY + MAX_EXTENSION_YEARS) {
        throw new BadInputError(`最終年度は ${strategy.periodStartFY}〜${strategy.periodEndFY + MAX_EXTENSION_YEARS} 年度です / The last fiscal year is from ${strategy.periodStartFY} to ${strategy.periodEndFY + MAX_EXTENSION_YEARS}`, 'value');
      }
    }
  }
}
