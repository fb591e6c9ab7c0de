import { PlanChangeAction, REVISABLE_FIELDS, revisionValueText, RevisionState, Role } from '@kaizen/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { NotFoundError } from '../../graphql/errors.js';
import { ImprovementAction } from '../improvement-action/improvement-action.entity.js';
import { Indicator } from '../indicator/indicator.entity.js';
import { indicatorOfYear } from '../indicator/indicator-progress.js';
import { ReviewThread } from '../review-thread/review-thread.entity.js';
import { comparisonWorkbook } from './comparison-workbook.js';
import { draftedMeasures, placeOf } from './plan-place.js';
import { gradeEffects, touchedActions, touchedThreads } from './plan-effects.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { User } from '../user/user.entity.js';
import { PlanChange } from './plan-change.entity.js';
import { PlanRevisionInput, ProposeIndicatorInput, ProposePlanItemInput, SetPlanChangeInput } from './plan-revision.inputs.js';
import { PlanRevision } from './plan-revision.entity.js';
import { IndicatorYearRule, PlanComparisonRow, PlanInForce, PlanVersionInput, RevisionGradeEffect, YearRuleTarget } from './plan-revision.types.js';
import { comparePlans, indicatorHistory, planInForce, versionLabel, versionOf } from './plan-version.js';

// Signed in only (README "Security"): drafts are working material; mutations are the planning division's.
@Authorized()
@Resolver(() => PlanRevision)
export class PlanRevisionResolver {
  @Query(() => PlanRevision, { description: 'A revision; NOT_FOUND when the id names none.' })
  async planRevision(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context): Promise<PlanRevision> {
    const revision = await loaders.planRevisionById.load(id);
    if (!revision) throw new NotFoundError('PlanRevision', id);
    return revision;
  }

  @FieldResolver(() => [PlanChange], { description: 'Its changes, in the order entered.' })
  changes(@Root() revision: PlanRevision, @Ctx() { loaders }: Context): Promise<PlanChange[]> {
    return loaders.planChangesByRevisionId.load(revision.id);
  }

  // A revision's page is reached by the revision's id alone: the plan it revises is read from it.
  @FieldResolver(() => Strategy, { description: 'The plan it revises.' })
  async strategy(@Root() revision: PlanRevision, @Ctx() { loaders }: Context): Promise<Strategy> {
    return (await loaders.strategyById.load(revision.strategyId))!;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who drafted it; null for a draft made by importing a plan file.' })
  async createdBy(@Root() revision: PlanRevision, @Ctx() { loaders }: Context): Promise<User | null> {
    return revision.createdById ? ((await loaders.userById.load(revision.createdById)) ?? null) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who adopted or discarded it.' })
  async closedBy(@Root() revision: PlanRevision, @Ctx() { loaders }: Context): Promise<User | null> {
    return revision.closedById ? ((await loaders.userById.load(revision.closedById)) ?? null) : null;
  }

  @Authorized(Role.PLANNING)
  @FieldResolver(() => [RevisionGradeEffect], { description: 'The grades adopting this draft would change, in years whose review is open (政策企画課); empty once adopted or discarded.' })
  gradeEffects(@Root() revision: PlanRevision, @Ctx() { loaders, viewer }: Context): Promise<RevisionGradeEffect[]> | RevisionGradeEffect[] {
    return revision.state === RevisionState.DRAFT ? gradeEffects(loaders, viewer!, revision) : [];
  }

  @FieldResolver(() => [ReviewThread], { description: 'Open council threads on the indicators it changes.' })
  touchedThreads(@Root() revision: PlanRevision, @Ctx() { loaders }: Context): Promise<ReviewThread[]> {
    return touchedThreads(loaders, revision);
  }

  @FieldResolver(() => [ImprovementAction], { description: 'Improvement actions under way on the measures it touches.' })
  touchedActions(@Root() revision: PlanRevision, @Ctx() { loaders }: Context): Promise<ImprovementAction[]> {
    return touchedActions(loaders, revision);
  }

  @FieldResolver(() => [ImprovementAction], { description: 'The improvement actions it answers.' })
  async answersActions(@Root() revision: PlanRevision, @Ctx() { loaders }: Context): Promise<ImprovementAction[]> {
    const links = (await loaders.planRevisionLinksByRevisionId.load(revision.id)).filter((l) => l.actionId);
    return (await Promise.all(links.map((l) => loaders.improvementActionById.load(l.actionId!)))).filter((a) => a !== undefined);
  }

  @FieldResolver(() => [ReviewThread], { description: 'The council threads it answers.' })
  async answersThreads(@Root() revision: PlanRevision, @Ctx() { loaders }: Context): Promise<ReviewThread[]> {
    const links = (await loaders.planRevisionLinksByRevisionId.load(revision.id)).filter((l) => l.threadId);
    return (await Promise.all(links.map((l) => loaders.reviewThreadById.load(l.threadId!)))).filter((t) => t !== undefined);
  }

  @FieldResolver(() => [ReviewThread], { description: 'The council’s comments on it (threads anchored to it), oldest first.' })
  comments(@Root() revision: PlanRevision, @Ctx() { loaders }: Context): Promise<ReviewThread[]> {
    return loaders.threadsByRevisionId.load(revision.id);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => PlanRevision, { description: 'Links a revision to the improvement action or the council thread it answers (give one).' })
  linkPlanRevision(
    @Arg('revisionId', () => ID) revisionId: string,
    @Arg('actionId', () => ID, { nullable: true }) actionId: string | null,
    @Arg('threadId', () => ID, { nullable: true }) threadId: string | null,
    @Ctx() { services, viewer }: Context,
  ): Promise<PlanRevision> {
    return services.planRevisions.link(viewer!, revisionId, { actionId, threadId }, true);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => PlanRevision, { description: 'Removes a draft’s link to an action or a thread.' })
  unlinkPlanRevision(
    @Arg('revisionId', () => ID) revisionId: string,
    @Arg('actionId', () => ID, { nullable: true }) actionId: string | null,
    @Arg('threadId', () => ID, { nullable: true }) threadId: string | null,
    @Ctx() { services, viewer }: Context,
  ): Promise<PlanRevision> {
    return services.planRevisions.link(viewer!, revisionId, { actionId, threadId }, false);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => PlanRevision, { description: 'Starts a draft revision of a plan (政策企画課).' })
  createPlanRevision(@Arg('strategyId', () => ID) strategyId: string, @Arg('input', () => PlanRevisionInput) input: PlanRevisionInput, @Ctx() { services, viewer }: Context): Promise<PlanRevision> {
    return services.planRevisions.create(viewer!, strategyId, input);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => PlanRevision, { description: 'Changes a draft’s title, year, decision and reason. CONFLICT when expectedVersion is stale.' })
  updatePlanRevision(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => PlanRevisionInput) input: PlanRevisionInput,
    @Ctx() { services, viewer }: Context,
  ): Promise<PlanRevision> {
    return services.planRevisions.update(viewer!, id, expectedVersion, input);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => PlanChange, { description: 'Sets one field of the plan in a draft revision (replacing the draft’s earlier change of it).' })
  setPlanChange(@Arg('input', () => SetPlanChangeInput) input: SetPlanChangeInput, @Ctx() { services, viewer }: Context): Promise<PlanChange> {
    return services.planRevisions.setChange(viewer!, input);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => PlanChange, { description: 'Adds a new KPI under a measure, or a KGI of a goal, in a draft revision; its path and 延べ sum start in the revision’s year.' })
  proposeIndicator(@Arg('input', () => ProposeIndicatorInput) input: ProposeIndicatorInput, @Ctx() { services, viewer }: Context): Promise<PlanChange> {
    return services.planRevisions.proposeIndicator(viewer!, input);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => PlanChange, { description: 'Adds a new measure (under a goal), policy or main project (under a measure) in a draft revision.' })
  proposePlanItem(@Arg('input', () => ProposePlanItemInput) input: ProposePlanItemInput, @Ctx() { services, viewer }: Context): Promise<PlanChange> {
    return services.planRevisions.proposeItem(viewer!, input);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => Boolean, { description: 'Takes a change out of a draft revision.' })
  removePlanChange(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: Context): Promise<boolean> {
    return services.planRevisions.removeChange(viewer!, id);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => PlanRevision, { description: 'Adopts a draft: the plan changes from its fiscal year on; earlier years and closed reviews keep theirs.' })
  adoptPlanRevision(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number, @Ctx() { services, viewer }: Context): Promise<PlanRevision> {
    return services.planRevisions.adopt(viewer!, id, expectedVersion);
  }

  @Authorized(Role.PLANNING)
  @Mutation(() => PlanRevision, { description: 'Withdraws a draft (取下げ): kept on record, the plan unchanged.' })
  discardPlanRevision(@Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number, @Ctx() { services, viewer }: Context): Promise<PlanRevision> {
    return services.planRevisions.discard(viewer!, id, expectedVersion);
  }
}

@Authorized()
@Resolver(() => PlanChange)
export class PlanChangeResolver {
  @FieldResolver(() => PlanRevision)
  async revision(@Root() change: PlanChange, @Ctx() { loaders }: Context): Promise<PlanRevision> {
    return change.revision ?? (await loaders.planRevisionById.load(change.revisionId))!;
  }

  @FieldResolver(() => String, { description: 'The field as the 新旧対照表 heads it (目標値…).' })
  fieldLabel(@Root() change: PlanChange): string {
    return change.action === PlanChangeAction.ADD ? '新設' : (REVISABLE_FIELDS[change.subjectType][change.field]?.label.ja ?? change.field);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The value before, as JSON (for an adopted change: the value it replaced).' })
  before(@Root() change: PlanChange): string | null {
    return change.before === undefined ? null : JSON.stringify(change.before);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The value after, as JSON.' })
  after(@Root() change: PlanChange): string | null {
    return change.after === undefined ? null : JSON.stringify(change.after);
  }

  @FieldResolver(() => String, { description: '項目: what it changes, as the 新旧対照表 names it (e.g. `施策 1-5 …`, `1-1-1 市内企業と…`), a row it adds included.' })
  async subject(@Root() change: PlanChange, @Ctx() { loaders }: Context): Promise<string> {
    if (change.action !== PlanChangeAction.ADD) return (await placeOf(loaders, change.subjectType, change.subjectId)).subject;
    const drafted = draftedMeasures(await loaders.planChangesByRevisionId.load(change.revisionId));
    return (await placeOf(loaders, change.subjectType, change.subjectId, change.after, drafted)).subject;
  }

  @FieldResolver(() => String, { description: 'The value before, as printed.' })
  beforeText(@Root() change: PlanChange): string {
    return revisionValueText(change.field, change.before);
  }

  @FieldResolver(() => String, { description: 'The value after, as printed.' })
  afterText(@Root() change: PlanChange): string {
    return revisionValueText(change.field, change.after);
  }
}

@Resolver(() => Strategy)
export class StrategyRevisionResolver {
  @Authorized()
  @FieldResolver(() => [PlanRevision], { description: 'Its revisions, drafts and discarded ones included, by number.' })
  revisions(@Root() strategy: Strategy, @Ctx() { loaders }: Context): Promise<PlanRevision[]> {
    return loaders.planRevisionsByStrategyId.load(strategy.id);
  }

  @Authorized()
  @FieldResolver(() => PlanInForce, { description: 'The plan as one version has it: in force in a fiscal year, as of a revision (a draft: with its changes), or as adopted today.' })
  async planInForce(@Root() strategy: Strategy, @Arg('version', () => PlanVersionInput, { nullable: true }) version: PlanVersionInput | null, @Ctx() { loaders }: Context): Promise<PlanInForce> {
    return planInForce(loaders, strategy, await versionOf(loaders, strategy.id, version, 'version'));
  }

  @Authorized()
  @FieldResolver(() => [PlanComparisonRow], { description: '新旧対照表: every field that differs between two versions, grouped by goal and measure.' })
  async planComparison(
    @Root() strategy: Strategy,
    @Arg('from', () => PlanVersionInput) from: PlanVersionInput,
    @Arg('to', () => PlanVersionInput) to: PlanVersionInput,
    @Ctx() { loaders }: Context,
  ): Promise<PlanComparisonRow[]> {
    const [a, b] = await Promise.all([versionOf(loaders, strategy.id, from, 'from'), versionOf(loaders, strategy.id, to, 'to')]);
    return comparePlans(loaders, strategy.id, a, b);
  }
}

@Resolver(() => Strategy)
export class StrategyComparisonExportResolver {
  @Authorized()
  @FieldResolver(() => String, { description: 'The 新旧対照表 between two versions as an Excel workbook (.xlsx), base64: A4 landscape, header on every page.' })
  async planComparisonWorkbook(
    @Root() strategy: Strategy,
    @Arg('from', () => PlanVersionInput) from: PlanVersionInput,
    @Arg('to', () => PlanVersionInput) to: PlanVersionInput,
    @Ctx() { loaders }: Context,
  ): Promise<string> {
    const [a, b] = await Promise.all([versionOf(loaders, strategy.id, from, 'from'), versionOf(loaders, strategy.id, to, 'to')]);
    const rows = await comparePlans(loaders, strategy.id, a, b);
    return (await comparisonWorkbook(`${strategy.title} 新旧対照表`, `${versionLabel(a)} → ${versionLabel(b)}`, rows)).toString('base64');
  }
}

/** The indicator as each fiscal year of its plan reads it; a year before a revision added it, by its definition today (as its progress is). */
async function indicatorByYear(loaders: Context['loaders'], indicator: Indicator): Promise<(Indicator & { fiscalYear: number })[]> {
  // The fold's two reads start with the strategy's, in the batch the page's other indicators start theirs: not in a batch of their own a tick later.
  const [found] = await Promise.all([loaders.strategyById.load(indicator.strategyId), loaders.adoptedPlanChangesByStrategyId.load(indicator.strategyId), loaders.reviewCyclesByStrategyId.load(indicator.strategyId)]);
  const strategy = found!;
  const years = Array.from({ length: Math.max(strategy.periodEndFY, indicator.targetFiscalYear) - strategy.periodStartFY + 1 }, (_, k) => strategy.periodStartFY + k);
  return Promise.all(years.map(async (fiscalYear) => Object.assign(Object.create(Indicator.prototype), (await indicatorOfYear(loaders, indicator, fiscalYear)) ?? indicator, { fiscalYear })));
}

@Resolver(() => Indicator)
export class IndicatorRevisionResolver {
  @Authorized()
  @FieldResolver(() => [PlanChange], { description: 'Its adopted changes, oldest first: its targets over time, each with its revision.' })
  history(@Root() indicator: Indicator, @Ctx() { loaders }: Context): Promise<PlanChange[]> {
    return indicatorHistory(loaders, indicator);
  }

  @FieldResolver(() => [IndicatorYearRule], {
    description: 'Each fiscal year of its plan with what the year is judged by (its target then, its kind…): the chart and the yearly table grade each year as its review does.',
  })
  yearRules(@Root() indicator: Indicator, @Ctx() { loaders }: Context): Promise<IndicatorYearRule[]> {
    return indicatorByYear(loaders, indicator);
  }

  @FieldResolver(() => [YearRuleTarget], { description: 'The yearly and intermediate targets of each year’s rule (yearRules), by the year whose rule they belong to.' })
  async yearRuleTargets(@Root() indicator: Indicator, @Ctx() { loaders }: Context): Promise<YearRuleTarget[]> {
    return (await indicatorByYear(loaders, indicator)).flatMap((rule) => rule.yearlyTargets.map((t) => ({ ruleFiscalYear: rule.fiscalYear, fiscalYear: t.fiscalYear, value: t.value })));
  }
}
