import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Initiative } from '@dp/api/database';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class InitiativeEdge {
  @Field()
  cursor!: string;

  @Field(() => Initiative)
  node!: Initiative;
}

@ObjectType({ description: 'A page of initiatives (Relay connection), newest first' })
export class InitiativeConnection {
  @Field(() => Int, { description: 'How many initiatives match the filter in all' })
  totalCount!: number;

  @Field(() => [InitiativeEdge])
  edges!: InitiativeEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
