import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ReviewThread } from './review-thread.entity.js';

// Signed in only (README "Security"): no field of it is public.
@Authorized()
@ObjectType({ description: 'The opening comment of a thread or a reply: plain text with line breaks and links.' })
@Entity('thread_post')
export class ThreadPost {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', name: 'thread_id' })
  threadId: string;

  @ManyToOne(() => ReviewThread, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ReviewThread>;

  @Column({ type: 'uuid', name: 'author_id' })
  authorId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'edited_at', nullable: true })
  editedAt: Date | null;
}
