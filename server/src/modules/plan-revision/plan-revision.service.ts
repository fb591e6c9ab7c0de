import { IndicatorKind, isRevisableField, parseLocalDate, parseRevisableValue, PlanChangeAction, PlanSubject, RevisionState, Role, type BilingualText } from '@kaizen/shared';
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import { findByIdOrFail } from '../../db/find-by-id.js';
import { BadInputError, ConflictError, ForbiddenError, InvalidStateError, isUuid } from '../../graphql/errors.js';
import { anyOf } from '../../graphql/loader-helpers.js';
import { recordAudit, snapshot } from '../audit/audit.service.js';
import { Goal } from '../goal/goal.entity.js';
import { ImprovementAction } from '../improvement-action/improvement-action.entity.js';
import { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';
import { Department } from '../department/department.entity.js';
import { IndicatorDepartment } from '../indicator/indicator-department.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { MeasureIndicator } from '../indicator/measure-indicator.entity.js';
import { Measure } from '../measure/measure.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { Project } from '../project/project.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import type { User } from '../user/user.entity.js';
import { listLast, relationOf } from './indicator-relations.js';
import { PlanChange } from './plan-change.entity.js';
import { PlanRevisionLink } from './plan-revision-link.entity.js';
import { addedItem, addItem } from './plan-items.js';
import { MAX_REVISION_REASON, MAX_REVISION_TITLE, type PlanRevisionInput, type ProposeIndicatorInput, type ProposePlanItemInput, type SetPlanChangeInput } from './plan-revision.inputs.js';
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

/** The field of an ADD change (one per new row). */
export const ADDED = '*';

/** What an ADD change of an indicator holds: the new KPI's definition and the measure listing it, or a new KGI's and its goal. */
export type AddedIndicator = {
  indicator: Pick<Indicator, 'key' | 'name' | 'unit' | 'targetKind' | 'direction' | 'targetValue' | 'targetText' | 'baselineValue' | 'baselineText'>;
  measureId: string | null;
  goalId?: string | null;
  departmentIds: string[];
};

/** Writes a proposed KPI or KGI into the plan: its path and any 延べ sum start in the revision's year, its target year is the plan's last. */
async function addIndicator(manager: EntityManager, revision: PlanRevision, change: PlanChange): Promise<void> {
  const { indicator, measureId, goalId = null, departmentIds } = change.after as AddedIndicator;
  if ((await manager.countBy(Indicator, { strategyId: revision.strategyId, key: indicator.key })) > 0) {
    throw new InvalidStateError(`指標の番号 ${indicator.key} は、この案の後に決定された改訂で使われています。番号を変えてください / The key ${indicator.key} was taken by a revision adopted since`, revision.state);
  }
  const strategy = await manager.findOneByOrFail(Strategy, { id: revision.strategyId });
  const kind = goalId ? IndicatorKind.KGI : IndicatorKind.KPI;
  await manager.insert(Indicator, { ...indicator, id: change.subjectId, strategyId: revision.strategyId, goalId, kind, startFY: revision.effectiveFiscalYear, targetFiscalYear: strategy.periodEndFY, yearlyTargets: [] });
  if (measureId) await listLast(manager, measureId, { id: change.subjectId, name: indicator.name }, false);
  if (departmentIds.length) await manager.insert(IndicatorDepartment, departmentIds.map((departmentId, i) => ({ indicatorId: change.subjectId, departmentId, position: i })));
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
      const relation = relationOf(input.subjectType, input.field);
      const before = relation ? await relation.read(manager, subject as Indicator) : ((subject as Record<string, unknown>)[input.field] ?? null);
      const after = relation ? await relation.resolve(manager, strategy, subject as Indicator, parsed.value) : parsed.value;
      if (isDeepStrictEqual(before, after)) throw new BadInputError('いまの計画と同じ値です / That is the value the plan has now', 'value');
      const repo = manager.getRepository(PlanChange);
      const existing = await repo.findOneBy({ revisionId: revision.id, subjectType: input.subjectType, subjectId: input.subjectId, field: input.field });
      const prior = existing ? { ...existing } : null;
      const position = existing?.position ?? ((await repo.maximum('position', { revisionId: revision.id })) ?? 0) + 1;
      const change = existing ?? repo.create({ revisionId: revision.id, strategyId: revision.strategyId, subjectType: input.subjectType, subjectId: input.subjectId, field: input.field, action: PlanChangeAction.UPDATE, position });
      manager.merge(PlanChange, change, { before, after, reason });
      await repo.save(change);
      await recordAudit(manager, { userId: viewer.id, action: 'planRevision.setChange', entityType: 'PlanRevision', entityId: revision.id, before: prior, after: change });
      return change;
    });
  }

  /** Adds a new KPI under a measure in a draft: a row of the plan once the revision is adopted. */
  proposeIndicator(viewer: User, input: ProposeIndicatorInput): Promise<PlanChange> {
    mayRevise(viewer);
    const text = (raw: string, field: string, what: BilingualText, max = MAX_REVISION_TITLE) => requiredText(raw, max, field, what);
    const indicator = {
      key: text(input.key, 'key', { ja: '指標の番号', en: 'key' }, 32),
      name: text(input.name, 'name', { ja: '指標名', en: 'name' }, 500),
      unit: text(input.unit, 'unit', { ja: '単位', en: 'unit' }, 32),
      targetKind: input.targetKind,
      direction: input.direction,
      targetValue: input.targetValue ?? null,
      targetText: text(input.targetText, 'targetText', { ja: '目標値（表記）', en: 'target as written' }, 500),
      baselineValue: input.baselineValue ?? null,
      baselineText: text(input.baselineText, 'baselineText', { ja: '基準値（表記）', en: 'baseline as written' }, 500),
    };
    for (const field of ['targetValue', 'baselineValue'] as const) {
      const parsed = parseRevisableValue(PlanSubject.INDICATOR, field, indicator[field]);
      if ('error' in parsed) throw new BadInputError(refusal(parsed.error), field);
    }
    const reason = input.reason?.trim() ? requiredText(input.reason, MAX_REVISION_REASON, 'reason', { ja: '理由', en: 'reason' }) : null;
    return this.dataSource.transaction(async (manager) => {
      const revision = await this.lockDraft(manager, input.revisionId);
      const strategy = await manager.findOneByOrFail(Strategy, { id: revision.strategyId });
      if (!input.measureId === !input.goalId) throw new BadInputError('KPI は掲載する施策を、KGI は基本目標を指定してください / Give the measure listing a KPI, or the goal of a KGI', 'measureId');
      if (input.measureId) await this.subjectOf(manager, revision.strategyId, PlanSubject.MEASURE, input.measureId);
      else await this.subjectOf(manager, revision.strategyId, PlanSubject.GOAL, input.goalId!);
      const departments = input.departmentIds.length ? await manager.findBy(Department, { id: anyOf(input.departmentIds.filter(isUuid)), municipality: strategy.municipality }) : [];
      if (departments.length !== new Set(input.departmentIds).size) throw new BadInputError('この市町村の担当課を指定してください / Give departments of the plan’s municipality', 'departmentIds');
      const drafted = await manager.findBy(PlanChange, { revisionId: revision.id, action: PlanChangeAction.ADD, subjectType: PlanSubject.INDICATOR });
      const taken = (await manager.countBy(Indicator, { strategyId: strategy.id, key: indicator.key })) > 0 || drafted.some((c) => (c.after as AddedIndicator).indicator.key === indicator.key);
      if (taken) throw new BadInputError(`指標の番号 ${indicator.key} は既にあります / The key ${indicator.key} is taken`, 'key');
      const repo = manager.getRepository(PlanChange);
      const position = ((await repo.maximum('position', { revisionId: revision.id })) ?? 0) + 1;
      const after: AddedIndicator = { indicator, measureId: input.measureId ?? null, goalId: input.goalId ?? null, departmentIds: input.departmentIds };
      const change = repo.create({ revisionId: revision.id, strategyId: strategy.id, subjectType: PlanSubject.INDICATOR, subjectId: randomUUID(), action: PlanChangeAction.ADD, field: ADDED, before: null, after, reason, position });
      await repo.save(change);
      await recordAudit(manager, { userId: viewer.id, action: 'planRevision.proposeIndicator', entityType: 'PlanRevision', entityId: revision.id, before: null, after: change });
      return change;
    });
  }

  /**
   * Links a revision (a draft or an adopted one) to the improvement action or council thread of its
   * plan that it answers; linking twice is a no-op. Unlinking is allowed on drafts only.
   */
  link(viewer: User, revisionId: string, target: { actionId?: string | null; threadId?: string | null }, linked: boolean): Promise<PlanRevision> {
    mayRevise(viewer);
    if (!target.actionId === !target.threadId) throw new BadInputError('改善アクションか論点のどちらか一方を指定してください / Give either the action or the thread', 'actionId');
    return this.dataSource.transaction(async (manager) => {
      const revision = await findByIdOrFail(manager, PlanRevision, 'PlanRevision', revisionId, { lock: { mode: 'pessimistic_write' } });
      if (revision.state === RevisionState.DISCARDED || (!linked && revision.state !== RevisionState.DRAFT)) {
        throw new InvalidStateError('この改訂の関連付けは変更できません / This revision’s links cannot change', revision.state);
      }
      const where = target.actionId ? { actionId: target.actionId } : { threadId: target.threadId! };
      const cycleId = target.actionId
        ? (await findByIdOrFail(manager, ImprovementAction, 'ImprovementAction', target.actionId)).originCycleId
        : (await findByIdOrFail(manager, ReviewThread, 'ReviewThread', target.threadId!)).cycleId;
      // A comment on a revision is its own discussion, not something a revision answers.
      if (!cycleId) throw new BadInputError('改訂案への意見は関連付けられません / A comment on a revision is not something a revision answers', 'threadId');
      if ((await manager.findOneByOrFail(ReviewCycle, { id: cycleId })).strategyId !== revision.strategyId) {
        throw new BadInputError('この改訂の総合戦略のものを指定してください / It must belong to the revision’s strategy', target.actionId ? 'actionId' : 'threadId');
      }
      const existing = await manager.findOneBy(PlanRevisionLink, { revisionId, ...where });
      if (linked && !existing) {
        const row = await manager.save(manager.create(PlanRevisionLink, { revisionId, ...where, createdById: viewer.id }));
        await recordAudit(manager, { userId: viewer.id, action: 'planRevision.link', entityType: 'PlanRevision', entityId: revisionId, before: null, after: row });
      }
      if (!linked && existing) {
        await manager.remove(existing);
        await recordAudit(manager, { userId: viewer.id, action: 'planRevision.unlink', entityType: 'PlanRevision', entityId: revisionId, before: existing, after: null });
      }
      return revision;
    });
  }

  /** Adds a new measure, policy or main project in a draft: a row of the plan once the revision is adopted. */
  proposeItem(viewer: User, input: ProposePlanItemInput): Promise<PlanChange> {
    mayRevise(viewer);
    const parentType = { MEASURE: PlanSubject.GOAL, POLICY: PlanSubject.MEASURE, PROJECT: PlanSubject.MEASURE }[input.subjectType as string];
    if (!parentType) throw new BadInputError('追加できるのは施策・具体的な施策・主な事業です / A revision adds a measure, a policy or a project here', 'subjectType');
    const title = requiredText(input.title, 500, 'title', { ja: input.subjectType === PlanSubject.PROJECT ? '事業名' : '名称', en: 'title' });
    const code = input.code?.trim() || null;
    const reason = input.reason?.trim() ? requiredText(input.reason, MAX_REVISION_REASON, 'reason', { ja: '理由', en: 'reason' }) : null;
    return this.dataSource.transaction(async (manager) => {
      const revision = await this.lockDraft(manager, input.revisionId);
      const strategy = await manager.findOneByOrFail(Strategy, { id: revision.strategyId });
      await this.subjectOf(manager, revision.strategyId, parentType, input.parentId);
      const drafted = await manager.findBy(PlanChange, { revisionId: revision.id, action: PlanChangeAction.ADD, subjectType: input.subjectType });
      const after = await addedItem(manager, strategy, { subjectType: input.subjectType, parentId: input.parentId, code, title, departmentIds: input.departmentIds, sinceFY: input.sinceFY ?? null }, drafted);
      const repo = manager.getRepository(PlanChange);
      const position = ((await repo.maximum('position', { revisionId: revision.id })) ?? 0) + 1;
      const change = repo.create({ revisionId: revision.id, strategyId: strategy.id, subjectType: input.subjectType, subjectId: randomUUID(), action: PlanChangeAction.ADD, field: ADDED, before: null, after, reason, position });
      await repo.save(change);
      await recordAudit(manager, { userId: viewer.id, action: 'planRevision.proposeItem', entityType: 'PlanRevision', entityId: revision.id, before: null, after: change });
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
        if (change.action === PlanChangeAction.ADD) {
          await (change.subjectType === PlanSubject.INDICATOR ? addIndicator(manager, revision, change) : addItem(manager, revision, change));
          continue;
        }
        const { entity } = SUBJECT_ENTITIES[change.subjectType];
        const row = (await manager.findOneByOrFail(entity, { id: change.subjectId })) as unknown as Record<string, unknown>;
        const relation = relationOf(change.subjectType, change.field);
        if (relation) {
          change.before = await relation.read(manager, row as unknown as Indicator);
          await relation.write(manager, row as unknown as Indicator, change.after);
          continue;
        }
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
