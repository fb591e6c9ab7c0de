import { Direction, IndicatorKind, JudgingBasis, TargetKind } from '@kaizen/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { numericTransformer } from '../../db/numeric.js';
import { Goal } from '../goal/goal.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { YearlyTarget } from './indicator.types.js';

@ObjectType({ description: 'A KGI (of a goal) or KPI (listed under one or more measures).' })
@Entity('indicator')
@Unique('uq_indicator_strategy_key', ['strategyId', 'key'])
export class Indicator {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'strategy_id' })
  strategyId: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id' })
  strategy?: Relation<Strategy>;

  @Index()
  @Column({ type: 'uuid', name: 'goal_id', nullable: true, comment: 'Set for KGIs only.' })
  goalId: string | null;

  @ManyToOne(() => Goal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id' })
  goal?: Relation<Goal>;

  @Field(() => String, { description: 'Stable key within the strategy, e.g. `1-1-1` or `G1`.' })
  @Column({ type: 'text' })
  key: string;

  @Field(() => IndicatorKind)
  @Column({ type: 'text' })
  kind: IndicatorKind;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String)
  @Column({ type: 'text' })
  unit: string;

  @Field(() => String, { nullable: true, description: 'Wording that is not a department, e.g. 各課等.' })
  @Column({ type: 'text', name: 'departments_note', nullable: true })
  departmentsNote: string | null;

  @Field(() => Direction)
  @Column({ type: 'text' })
  direction: Direction;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'data_source', nullable: true })
  dataSource: string | null;

  @Field(() => JudgingBasis, { nullable: true, description: 'This indicator’s own basis; null: its strategy’s.' })
  @Column({ type: 'text', name: 'judging_basis', nullable: true })
  basis: JudgingBasis | null;

  @Field(() => TargetKind)
  @Column({ type: 'text', name: 'target_kind' })
  targetKind: TargetKind;

  @Column({ type: 'numeric', name: 'target_value', nullable: true, transformer: numericTransformer })
  targetValue: number | null;

  @Column({ type: 'int', name: 'target_fiscal_year' })
  targetFiscalYear: number;

  @Column({ type: 'text', name: 'target_text' })
  targetText: string;

  @Column({ type: 'numeric', name: 'baseline_value', nullable: true, transformer: numericTransformer })
  baselineValue: number | null;

  @Column({ type: 'text', name: 'baseline_label', nullable: true })
  baselineLabel: string | null;

  @Column({ type: 'text', name: 'baseline_text' })
  baselineText: string;

  @Column({ type: 'text', name: 'baseline_note', nullable: true })
  baselineNote: string | null;

  @Field(() => Int, { nullable: true, description: 'Its own first year when it starts after the plan’s: year 1 of its path and of a 延べ sum.' })
  @Column({ type: 'int', name: 'start_fiscal_year', nullable: true })
  startFY: number | null;

  @Field(() => [YearlyTarget], { description: 'Yearly targets and 中間目標値, in year order; the path goes through them.' })
  @Column({ type: 'jsonb', name: 'yearly_targets', default: () => "'[]'" })
  yearlyTargets: YearlyTarget[];

  @Column({ type: 'text', name: 'target_unit', nullable: true })
  targetUnit: string | null;

  @Column({ type: 'text', name: 'target_note', nullable: true })
  targetNote: string | null;

  @Column({ type: 'text', name: 'baseline_unit', nullable: true })
  baselineUnit: string | null;

  @Field(() => String, { nullable: true, description: '設定根拠: why this indicator and this target.' })
  @Column({ type: 'text', nullable: true })
  rationale: string | null;

  @Field(() => String, { nullable: true, description: '実績値の計算方法.' })
  @Column({ type: 'text', name: 'calculation_method', nullable: true })
  calculationMethod: string | null;

  @Field(() => String, { nullable: true, description: '数値確定の時期: when the year’s figure is known (e.g. 翌年度8月).' })
  @Column({ type: 'text', name: 'data_availability', nullable: true })
  dataAvailability: string | null;

  @Field(() => Int, { nullable: true, description: '廃止: the first fiscal year it no longer applies (by a revision); its history stays.' })
  @Column({ type: 'int', name: 'retired_from_fy', nullable: true })
  retiredFromFY: number | null;
}
