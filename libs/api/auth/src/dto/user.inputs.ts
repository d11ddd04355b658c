import { Field, ID, InputType } from '@nestjs/graphql';
import { Role } from '@dp/api/database';

@InputType()
export class RoleGrantInput {
  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'required for applicant and department head, not allowed otherwise' })
  departmentId?: string | null;
}

@InputType({ description: 'A new account (administrators)' })
export class CreateUserInput {
  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'at least 12 characters' })
  password!: string;

  @Field(() => [RoleGrantInput])
  roles!: RoleGrantInput[];

  @Field(() => [String], { nullable: true, description: 'The delegation levels the person holds (delegationsordning), e.g. MUNICIPAL_DIRECTOR' })
  delegations?: string[] | null;
}

@InputType({ description: 'Changes to an account; omitted fields stay as they are' })
export class UpdateUserInput {
  @Field({ nullable: true })
  displayName?: string;

  @Field({ nullable: true, description: 'a new password (at least 12 characters)' })
  password?: string;

  @Field(() => Boolean, { nullable: true, description: 'false deactivates the account and ends its sessions' })
  active?: boolean;

  @Field(() => [RoleGrantInput], { nullable: true, description: 'replaces all roles' })
  roles?: RoleGrantInput[];

  @Field(() => [String], { nullable: true, description: 'replaces the delegation levels held' })
  delegations?: string[];
}
