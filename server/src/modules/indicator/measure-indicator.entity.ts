import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Measure } from '../measure/measure.entity.js';
import { Policy } from '../policy/policy.entity.js';
import { Indicator } from './indicator.entity.js';

/**
 * A row of a measure's KPI table. A 【再掲】 KPI is one indicator with several listings; the
 * listing under a measure other than the one that defines it is `relisted`.
 */
@Entity('measure_indicator')
@Unique('uq_measure_indicator', ['measureId', 'indicatorId'])
export class MeasureIndicator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'measure_id' })
  measureId: string;

  @Index()
  @Column({ type: 'uuid', name: 'indicator_id' })
  indicatorId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'int', name: 'group_no', comment: 'No of the KPI table row group.' })
  groupNo: number;

  @Column({ type: 'text', name: 'group_item', comment: '施策項目 as written in the KPI table.' })
  groupItem: string;

  @Index()
  @Column({ type: 'uuid', name: 'policy_id', nullable: true })
  policyId: string | null;

  @Column({ type: 'boolean', default: false })
  relisted: boolean;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: Relation<Measure>;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<Indicator>;

  @ManyToOne(() => Policy, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'policy_id' })
  policy?: Relation<Policy>;
}
