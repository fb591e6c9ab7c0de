import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Measure } from '../measure/measure.entity.js';
import { Project } from './project.entity.js';

/** A project listed under a measure; `relisted` for 【再掲】 under a measure other than its first. */
@Entity('measure_project')
export class MeasureProject {
  @PrimaryColumn({ type: 'uuid', name: 'measure_id' })
  measureId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid', name: 'project_id' })
  projectId: string;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'boolean', default: false })
  relisted: boolean;

  @ManyToOne(() => Measure, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measure_id' })
  measure?: Relation<Measure>;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;
}
