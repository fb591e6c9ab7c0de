import { ActionStatus, CommentKind, ResponseStance, Role, ThreadAnchor, ThreadStatus } from '@kaizen/shared';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { IndicatorProgress } from '../indicator/progress.types.js';
import { Strategy } from '../strategy/strategy.entity.js';

// Public types (no @Authorized): each holds only what a published 効果検証シート shows. Authors are
// a role and a department, never a user: no name, no e-mail, no id to look one up by.

@ObjectType({ description: 'Who wrote a post or a response in a published cycle: a role and, for 担当課, the department; never a name or an e-mail.' })
export class PublishedAuthor {
  @Field(() => Role)
  role: Role;

  @Field(() => String, { nullable: true, description: 'The department answering (a response), or the author’s department (担当課 staff).' })
  departmentName: string | null;
}

@ObjectType({ description: 'A fiscal year’s accepted figure of a published cycle’s KPI.' })
export class PublishedFigure {
  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'The period of a late figure (最新値), or why there is none.' })
  text: string | null;
}

@ObjectType({ description: 'A KPI (or a goal’s KGI) of a published cycle: the plan’s baseline and target that year, accepted figures, 期待値, 達成率 and grade.' })
export class PublishedIndicatorResult {
  @Field(() => Int)
  goalNumber: number;

  @Field(() => ID, { nullable: true, description: 'Null for a KGI (the goal’s own indicator).' })
  measureId: string | null;

  @Field(() => String, { nullable: true })
  measureCode: string | null;

  @Field(() => ID)
  indicatorId: string;

  @Field(() => String)
  indicatorName: string;

  @Field(() => Boolean, { description: '【再掲】: listed here although another measure defines it.' })
  relisted: boolean;

  @Field(() => [String], { description: '担当課, by name.' })
  departments: string[];

  @Field(() => String)
  unit: string;

  @Field(() => Float, { nullable: true })
  baselineValue: number | null;

  @Field(() => String)
  baselineText: string;

  @Field(() => Float, { nullable: true })
  targetValue: number | null;

  @Field(() => Int)
  targetFiscalYear: number;

  @Field(() => String)
  targetText: string;

  @Field(() => [PublishedFigure], { description: 'From the plan’s first year to the cycle’s.' })
  actuals: PublishedFigure[];

  @Field(() => IndicatorProgress, { description: '期待値 (pathTarget), 達成率 (rate) and grade of the cycle’s year, as `Indicator.progress` gives them signed out.' })
  progress: IndicatorProgress;

  @Field(() => String, { description: 'The grade, or why there is none (数値未確定 …).' })
  gradeLabel: string;
}

@ObjectType({ description: 'How an improvement action stood when the next year’s review closed: given once that review is published too.' })
export class PublishedFollowUp {
  @Field(() => Int)
  fiscalYear: number;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => [String], { description: 'The owner department’s progress notes up to then, oldest first.' })
  notes: string[];
}

@ObjectType({ description: 'An improvement action committed to in answer to a thread, as it stood when its cycle closed.' })
export class PublishedAction {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  description: string;

  @Field(() => Int)
  dueFiscalYear: number;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => String, { nullable: true })
  ownerDepartmentName: string | null;

  @Field(() => ResponseStance, { nullable: true, description: 'The stance of the response it was committed to with.' })
  stance: ResponseStance | null;

  @Field(() => PublishedFollowUp, { nullable: true, description: 'The next year’s result; null until that year’s review is published.' })
  nextYear: PublishedFollowUp | null;
}

@ObjectType()
export class PublishedPost {
  @Field(() => String)
  body: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => PublishedAuthor)
  author: PublishedAuthor;
}

@ObjectType()
export class PublishedResponse {
  @Field(() => ResponseStance)
  stance: ResponseStance;

  @Field(() => String)
  body: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => PublishedAuthor)
  author: PublishedAuthor;
}

@ObjectType({ description: 'A council thread of a published cycle: comment → responses → improvement actions (→ the next year’s result).' })
export class PublishedThread {
  @Field(() => ID)
  id: string;

  @Field(() => ThreadAnchor)
  anchor: ThreadAnchor;

  @Field(() => String, { description: 'What it is on: the goal, the measure or the KPI, by name.' })
  subject: string;

  @Field(() => CommentKind)
  kind: CommentKind;

  @Field(() => ThreadStatus)
  status: ThreadStatus;

  @Field(() => String, { nullable: true })
  leftReason: string | null;

  @Field(() => [PublishedPost])
  posts: PublishedPost[];

  @Field(() => [PublishedResponse])
  responses: PublishedResponse[];

  @Field(() => [PublishedAction])
  actions: PublishedAction[];
}

@ObjectType({ description: 'A measure of a published cycle: its accepted report and the council’s dialogue on it, its KPIs and (measureId null) its goal as a whole.' })
export class PublishedMeasureReport {
  @Field(() => Int)
  goalNumber: number;

  @Field(() => String)
  goalTitle: string;

  @Field(() => ID, { nullable: true, description: 'Null for the row of the goal as a whole (threads on the goal).' })
  measureId: string | null;

  @Field(() => String, { nullable: true })
  measureCode: string | null;

  @Field(() => String, { nullable: true })
  measureTitle: string | null;

  @Field(() => String, { nullable: true, description: '取組内容' })
  whatWasDone: string | null;

  @Field(() => String, { nullable: true, description: '課題' })
  issues: string | null;

  @Field(() => String, { nullable: true, description: '今後の方向性, by its label.' })
  nextDirection: string | null;

  @Field(() => String, { nullable: true, description: '自己評価' })
  selfGrade: string | null;

  @Field(() => [PublishedThread])
  threads: PublishedThread[];
}

@ObjectType({ description: 'A closed review cycle the planning division has published: readable signed out.' })
export class PublishedCycle {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Date)
  closedAt: Date;

  @Field(() => Date)
  publishedAt: Date;

  @Field(() => Strategy, { description: 'The plan: goals, measures and KPIs as the plan defines them today.' })
  strategy: Strategy;

  @Field(() => [PublishedIndicatorResult], { description: 'Per KPI, in the plan’s order (goal, its KGIs, then each measure’s KPIs).' })
  indicators: PublishedIndicatorResult[];

  @Field(() => [PublishedMeasureReport], { description: 'Per measure, in the plan’s order.' })
  measures: PublishedMeasureReport[];
}
