import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ThreadPost } from './thread-post.entity.js';

// Signed in only (README "Security"): no field of it is public.
@Authorized()
@ObjectType({ description: 'A post as it read before an edit.' })
@Entity('post_revision')
export class PostRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', name: 'post_id' })
  postId: string;

  @ManyToOne(() => ThreadPost, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<ThreadPost>;

  @Field(() => String)
  @Column({ type: 'text' })
  body: string;

  @Field(() => Date, { description: 'Until when the post read like this.' })
  @Column({ type: 'timestamptz', name: 'replaced_at' })
  replacedAt: Date;
}
