import { ActionStatus } from '@kaizen/shared';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ImprovementAction } from './improvement-action.entity.js';

// Signed in only (README "Security"): no field of it is public.
@Authorized()
@ObjectType({ description: 'A dated note on how an improvement action is going, with the status it left it in.' })
@Entity('action_progress_note')
export class ActionProgressNote {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', name: 'action_id' })
  actionId: string;

  @ManyToOne(() => ImprovementAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'action_id' })
  action?: Relation<ImprovementAction>;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => ActionStatus)
  @Column({ type: 'text' })
  status: ActionStatus;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'at' })
  at: Date;
}
