import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from '@nestjs/graphql';
import { BaseEntity } from './base.entity.js';

/** förvaltning: a municipal administration */
@ObjectType({ description: 'A municipal department (förvaltning)' })
@Entity({ tableName: 'department' })
export class Department extends BaseEntity {
  @Field({ description: 'Short stable code, e.g. BUF' })
  @Unique()
  @Property({ type: 'string', length: 20 })
  code!: string;

  @Field()
  @Property({ type: 'string', length: 200 })
  name!: string;
}
