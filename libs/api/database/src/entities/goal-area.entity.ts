import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from '@nestjs/graphql';
import { BaseEntity } from './base.entity.js';

/** målområde from the municipality's "Mål och budget" */
@ObjectType({ description: 'A goal area (målområde) of the municipality' })
@Entity({ tableName: 'goal_area' })
export class GoalArea extends BaseEntity {
  @Field()
  @Unique()
  @Property({ type: 'string', length: 20 })
  code!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;
}
