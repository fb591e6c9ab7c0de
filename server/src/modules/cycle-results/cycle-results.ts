import { configForYear, directionLabel, scaleFor, type ActionStatus, type Progress, type ReportConfig } from '@kaizen/shared';
import type { Loaders } from '../../graphql/context.js';
import { readableActualsOf } from '../actual/actual.policy.js';
import { actionsAsOf } from '../improvement-action/action-as-of.js';
import { indicatorOfYear, indicatorProgress } from '../indicator/indicator-progress.js';
import type { Indicator } from '../indicator/indicator.entity.js';
import type { Measure } from '../measure/measure.entity.js';
import { cycleMeasureKey } from '../measure-report/measure-report.loaders.js';
import { readableReports } from '../measure-report/measure-report.policy.js';
import { reportConfigOf } from '../report-settings/report-settings.service.js';
import type { ReviewCycle } from '../review-cycle/review-cycle.entity.js';
import type { ReviewThread } from '../review-thread/review-thread.entity.js';
import type { Strategy } from '../strategy/strategy.entity.js';
import type { User } from '../user/user.entity.js';

/** Who wrote something, as a published sheet names them: by role and department, never by name or e-mail. */
export type ResultAuthor = { role: string; departmentName: string | null };

/** A year's figure as the cycle reads it: the value, or what stands in for it (未確定, 中止 …). */
export type YearFigure = { fiscalYear: number; value: number | null; text: string | null };

/** One row of the 指標 sheet: a KPI (or a goal's KGI) with its figures and its grade in the cycle's year. */
export type IndicatorResultRow = {
  goalNumber: number;
  goalTitle: string;
  /** Null for a KGI (重要目標達成指標), which is the goal's own. */
  measureId: string | null;
  measureCode: string | null;
  measureTitle: string | null;
  indicatorId: string;
  indicatorName: string;
  /** 【再掲】: listed here although another measure defines it. */
  relisted: boolean;
  departments: string[];
  unit: string;
  baselineValue: number | null;
  baselineText: string;
  targetValue: number | null;
  targetFiscalYear: number;
  targetText: string;
  /** From the plan's first year to the cycle's, as the viewer may read them (signed out: accepted ones). */
  actuals: YearFigure[];
  progress: Progress;
  /** The grade scale's label for a KPI without a grade (数値未確定 …), else the grade itself. */
  gradeLabel: string;
};

export type ActionResult = {
  id: string;
  description: string;
  dueFiscalYear: number;
  status: ActionStatus;
  ownerDepartmentName: string | null;
};

export type ResponseResult = { stance: string; body: string; reason: string | null; author: ResultAuthor; actions: ActionResult[] };

export type ThreadResult = {
  id: string;
  anchor: string;
  /** What the thread is on: the goal, the measure or the KPI, by name. */
  subject: string;
  kind: string;
  status: string;
  leftReason: string | null;
  posts: { body: string; createdAt: Date; author: ResultAuthor }[];
  responses: ResponseResult[];
};

/** One row of the 施策 sheet: a measure's report and the council's dialogue on it, its KPIs and (on the goal's row) its goal. */
export type MeasureResultRow = {
  goalNumber: number;
  goalTitle: string;
  measureId: string | null;
  measureCode: string | null;
  measureTitle: string | null;
  whatWasDone: string | null;
  issues: string | null;
  nextDirection: string | null;
  selfGrade: string | null;
  threads: ThreadResult[];
};

export type CycleResults = {
  strategy: Strategy;
  cycle: ReviewCycle;
  reportConfig: ReportConfig;
  indicators: IndicatorResultRow[];
  measures: MeasureResultRow[];
};

/**
 * A cycle's results as `viewer` may read them: the per-KPI rows and the per-measure rows of the
 * 効果検証シート. Read through the request's loaders with the same rules the API's fields use
 * (`Indicator.progress`, `Indicator.actuals(cycleId)`, `Measure.report`, a closed cycle's actions as
 * they stood when it closed), so the sheet's figures are the API's. Every level's reads are issued
 * together, so each loader batches them into one statement whatever the plan's size.
 */
export async function cycleResults(loaders: Loaders, viewer: User | null, cycle: ReviewCycle, threads: ReviewThread[]): Promise<CycleResults> {
  const fy = cycle.fiscalYear;
  const [strategy, goals] = await Promise.all([loaders.strategyById.load(cycle.strategyId), loaders.goalsByStrategyId.load(cycle.strategyId)]);
  const [measuresOfGoals, kgisOfGoals] = await Promise.all([
    Promise.all(goals.map((g) => loaders.measuresByGoalId.load(g.id))),
    Promise.all(goals.map((g) => loaders.kgisByGoalId.load(g.id))),
  ]);
  const measures = measuresOfGoals.flat().filter((m) => m.retiredFromFY === null || m.retiredFromFY > fy);
  const listings = await Promise.all(measures.map((m) => loaders.listingsByMeasureId.load(m.id)));
  const goalOf = new Map(goals.map((g) => [g.id, g]));

  type Place = { indicator: Indicator; goalId: string; measure: Measure | null; relisted: boolean };
  const places: Place[] = [];
  goals.forEach((g, k) => {
    for (const indicator of kgisOfGoals[k]) places.push({ indicator, goalId: g.id, measure: null, relisted: false });
    measures.forEach((m, j) => {
      if (m.goalId !== g.id) return;
      for (const l of listings[j]) places.push({ indicator: l.indicator!, goalId: g.id, measure: m, relisted: l.relisted });
    });
  });

  const rows = await Promise.all(places.map((p) => indicatorRow(loaders, viewer, strategy!, cycle, p.indicator)));
  const indicators: IndicatorResultRow[] = [];
  places.forEach((p, k) => {
    const row = rows[k];
    if (!row) return;
    const goal = goalOf.get(p.goalId)!;
    indicators.push({ ...row, goalNumber: goal.number, goalTitle: goal.title, measureId: p.measure?.id ?? null, measureCode: p.measure?.code ?? null, measureTitle: p.measure?.title ?? null, relisted: p.relisted });
  });

  const reportConfig = cycle.closedReportConfig ?? reportConfigOf(strategy!);
  const [reports, dialogue] = await Promise.all([
    Promise.all(measures.map(async (m) => (await readableReports(viewer, loaders, await loaders.measureReportsByCycleMeasure.load(cycleMeasureKey(cycle.id, m.id))))[0] ?? null)),
    Promise.all(threads.map((t) => threadResult(loaders, cycle, t))),
  ]);
  const definedIn = new Map<string, string>();
  listings.forEach((ls, j) => ls.filter((l) => !l.relisted).forEach((l) => definedIn.set(l.indicatorId, measures[j].id)));
  const threadsOf = (goalId: string, measureId: string | null) =>
    dialogue.filter((d, k) => {
      const t = threads[k];
      if (measureId === null) return t.goalId === goalId || (t.indicatorId !== null && !definedIn.has(t.indicatorId) && places.some((p) => p.goalId === goalId && p.indicator.id === t.indicatorId));
      return t.measureId === measureId || (t.indicatorId !== null && definedIn.get(t.indicatorId) === measureId);
    });
  const measureRows: MeasureResultRow[] = [];
  for (const g of goals) {
    const goalThreads = threadsOf(g.id, null);
    if (goalThreads.length > 0) {
      measureRows.push({ goalNumber: g.number, goalTitle: g.title, measureId: null, measureCode: null, measureTitle: null, whatWasDone: null, issues: null, nextDirection: null, selfGrade: null, threads: goalThreads });
    }
    measures.forEach((m, j) => {
      if (m.goalId !== g.id) return;
      const report = reports[j];
      measureRows.push({
        goalNumber: g.number,
        goalTitle: g.title,
        measureId: m.id,
        measureCode: m.code,
        measureTitle: m.title,
        whatWasDone: report?.whatWasDone ?? null,
        issues: report?.issues ?? null,
        nextDirection: directionLabel(reportConfig, report?.nextDirection) ?? null,
        selfGrade: report?.selfGrade ?? null,
        threads: threadsOf(g.id, m.id),
      });
    });
  }
  // Names for the threads' subjects, from what this read has loaded already.
  const names = new Map<string, string>([...goals.map((g) => [g.id, `基本目標${g.number} ${g.title}`] as const), ...measures.map((m) => [m.id, `${m.code} ${m.title}`] as const), ...places.map((p) => [p.indicator.id, p.indicator.name] as const)]);
  for (const [k, d] of dialogue.entries()) d.subject = names.get(threads[k].indicatorId ?? threads[k].measureId ?? threads[k].goalId ?? '') ?? '';
  return { strategy: strategy!, cycle, reportConfig, indicators, measures: measureRows };
}

type IndicatorFigures = Omit<IndicatorResultRow, 'goalNumber' | 'goalTitle' | 'measureId' | 'measureCode' | 'measureTitle' | 'relisted'>;

async function indicatorRow(loaders: Loaders, viewer: User | null, strategy: Strategy, cycle: ReviewCycle, indicator: Indicator): Promise<IndicatorFigures | null> {
  const fy = cycle.fiscalYear;
  const [ofYear, departments, all, progress] = await Promise.all([
    indicatorOfYear(loaders, indicator, fy),
    loaders.departmentsByIndicatorId.load(indicator.id),
    loaders.actualsByIndicatorId.load(indicator.id),
    indicatorProgress(loaders, viewer, indicator, fy),
  ]);
  // Not yet in the plan that year, or 廃止 by then: not one of the year's KPIs.
  if (!ofYear || (ofYear.retiredFromFY !== null && ofYear.retiredFromFY <= fy)) return null;
  // As `Indicator.actuals(cycleId)` reads them: the cycle's year and earlier, never a later cycle's entries.
  const readable = await readableActualsOf(viewer, loaders, indicator.strategyId, all.filter((a) => a.fiscalYear <= fy));
  const scale = progress.notGraded ? gradeScaleLabel(strategy, progress) : progress.grade;
  const actuals: YearFigure[] = [];
  for (let year = strategy.periodStartFY; year <= fy; year++) {
    const a = readable.find((r) => r.fiscalYear === year);
    actuals.push({ fiscalYear: year, value: a?.value ?? null, text: a ? actualText(a) : null });
  }
  return {
    indicatorId: indicator.id,
    indicatorName: ofYear.name,
    departments: departments.map((d) => d.name),
    unit: ofYear.unit,
    baselineValue: ofYear.baselineValue,
    baselineText: ofYear.baselineText,
    targetValue: ofYear.targetValue,
    targetFiscalYear: ofYear.targetFiscalYear,
    targetText: ofYear.targetText,
    actuals,
    progress,
    gradeLabel: scale,
  };
}

/** What a sheet writes beside a figure: the period of a late figure (最新値), or why there is none. */
function actualText(a: { value: number | null; periodLabel: string | null; periodFiscalYear: number | null; notGraded: string | null; notKnownReason: string | null }): string | null {
  if (a.value === null) return a.notKnownReason ?? a.notGraded ?? null;
  return a.periodLabel ?? null;
}

function gradeScaleLabel(strategy: Strategy, progress: Progress): string {
  // The meaning (数値未確定 …), not the scale's label (often "–"), so a printed sheet says why there is no grade.
  const config = configForYear(strategy.progressConfig, strategy.closedYearConfigs, progress.fiscalYear);
  const label = scaleFor(config.scales, progress.fiscalYear).notGraded.find((n) => n.code === progress.notGraded);
  return label ? label.meaning.split(' / ')[0] : progress.grade;
}

async function threadResult(loaders: Loaders, cycle: ReviewCycle, thread: ReviewThread): Promise<ThreadResult> {
  const [posts, responses, actions] = await Promise.all([loaders.postsByThreadId.load(thread.id), loaders.responsesByThreadId.load(thread.id), loaders.actionsByThreadId.load(thread.id)]);
  const [shown, postAuthors, responseAuthors] = await Promise.all([
    actionsAsOf(loaders, actions, cycle.closedAt),
    Promise.all(posts.map((p) => authorOf(loaders, p.authorId))),
    Promise.all(responses.map((r) => authorOf(loaders, r.authorId, r.departmentId))),
  ]);
  const owners = await Promise.all(shown.map((a) => (a.ownerDepartmentId ? loaders.departmentById.load(a.ownerDepartmentId) : undefined)));
  const actionResults = shown.map((a, k): ActionResult & { responseId: string | null } => ({
    id: a.id,
    description: a.description,
    dueFiscalYear: a.dueFiscalYear,
    status: a.status,
    ownerDepartmentName: owners[k]?.name ?? null,
    responseId: a.responseId,
  }));
  return {
    id: thread.id,
    anchor: thread.anchor,
    subject: '',
    kind: thread.kind,
    status: thread.status,
    leftReason: thread.leftReason,
    posts: posts.map((p, k) => ({ body: p.body, createdAt: p.createdAt, author: postAuthors[k] })),
    responses: responses.map((r, k) => ({
      stance: r.stance,
      body: r.body,
      reason: r.reason,
      author: responseAuthors[k],
      actions: actionResults.filter((a) => a.responseId === r.id).map(({ responseId: _, ...a }) => a),
    })),
  };
}

async function authorOf(loaders: Loaders, userId: string, departmentId?: string | null): Promise<ResultAuthor> {
  const user = await loaders.userById.load(userId);
  const department = departmentId ?? user?.departmentId;
  return { role: user?.role ?? '', departmentName: department ? ((await loaders.departmentById.load(department))?.name ?? null) : null };
}
