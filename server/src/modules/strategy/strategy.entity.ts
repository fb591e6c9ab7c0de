import type { ClosedYearConfig, ProgressConfig, ReportConfig } from '@kaizen/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@ObjectType({ description: '総合戦略: a strategic plan of a municipality over a period of fiscal years.' })
@Entity('strategy')
export class Strategy {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Stable identifier of the plan file this strategy was imported from.' })
  @Column({ type: 'text', unique: true })
  key: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String)
  @Column({ type: 'text' })
  municipality: string;

  @Field(() => Int, { description: 'First fiscal year of the plan period (FY2024 = R6年度).' })
  @Column({ type: 'int', name: 'period_start_fy' })
  periodStartFY: number;

  @Field(() => Int, { description: 'Last fiscal year of the plan period.' })
  @Column({ type: 'int', name: 'period_end_fy' })
  periodEndFY: number;

  /** What a year is judged against, grade scales, roll-up; null means the default (against the expected value; A ≥ 100 %, B ≥ 80 %, C ≥ 50 %). */
  @Column({ type: 'jsonb', name: 'progress_config', nullable: true })
  progressConfig: ProgressConfig | null;

  /** What a measure report asks for (今後の方向性 options, 有効性・効率性); null means the default (the national 効果検証 format). */
  @Column({ type: 'jsonb', name: 'report_config', nullable: true })
  reportConfig: ReportConfig | null;

  /** The rules of each closed cycle's year, as they were when it closed (or when the rules changed after). */
  @Column({ type: 'jsonb', name: 'closed_year_configs', default: () => "'[]'" })
  closedYearConfigs: ClosedYearConfig[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
