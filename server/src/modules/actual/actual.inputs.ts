import { ArrayMaxSize, IsOptional, IsUrl, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: 'A value as typed (`1,650`, `１６５０`, `75.1%`), or why it is not yet known.' })
export class SaveActualInput {
  @Field(() => ID)
  cycleId: string;

  @Field(() => ID)
  indicatorId: string;

  @Field(() => String, { nullable: true, description: 'The value as typed; omit it with notKnownReason.' })
  @IsOptional()
  @MaxLength(40)
  value?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  notKnownReason?: string | null;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(4000)
  note: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'each evidence link must be an http(s) URL' })
  evidenceLinks: string[];

  @Field(() => Int, { nullable: true, description: 'The version you read; null when creating.' })
  expectedVersion?: number | null;
}
