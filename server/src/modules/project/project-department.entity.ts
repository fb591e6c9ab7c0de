import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Department } from '../department/department.entity.js';
import { Project } from './project.entity.js';

/** A department carrying out a project, in the order the plan lists them. */
@Entity('project_department')
export class ProjectDepartment {
  @PrimaryColumn({ type: 'uuid', name: 'project_id' })
  projectId: string;

  @Index()
  @PrimaryColumn({ type: 'uuid', name: 'department_id' })
  departmentId: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Relation<Department>;
}
