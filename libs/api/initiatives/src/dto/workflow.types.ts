import { Field, ObjectType } from '@nestjs/graphql';
import { InitiativeStatus, WorkflowAction } from '@dp/api/database';
import type { Action, Status } from '@dp/domain/workflow';

@ObjectType({ description: 'A step that applies now, whether this user may take it, and why not' })
export class AvailableActionType {
  @Field(() => WorkflowAction)
  action!: Action;

  @Field(() => InitiativeStatus, { description: 'the state it leads to' })
  to!: Status;

  @Field()
  allowed!: boolean;

  @Field(() => [String], { description: 'refusal codes, e.g. ROLE_REQUIRED, MANDATORY_FIELDS_MISSING, NOT_ANCHORED' })
  reasons!: string[];
}
