import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Department } from '../department/department.entity.js';
import { Indicator } from './indicator.entity.js';

/** A department responsible for an indicator, in the order the plan lists them. */
@Entity('indicator_department')
export class IndicatorDepartment {
  @PrimaryColumn({ type: 'uuid', name: 'indicator_id' })
  indicatorId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid', name: 'department_id' })
  departmentId: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Indicator, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: Relation<Indicator>;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;
}
