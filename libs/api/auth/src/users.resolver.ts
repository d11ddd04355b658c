import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type RequestActor } from '@dp/api/common';
import { User } from '@dp/api/database';
import { UsersService } from './users.service.js';
import { CreateUserInput, UpdateUserInput } from './dto/user.inputs.js';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => [User], { description: 'All accounts, by name (administrators)' })
  users(@CurrentActor() actor: RequestActor): Promise<User[]> {
    return this.service.list(actor);
  }

  @Mutation(() => User, { description: 'Creates an account (administrators)' })
  createUser(@Args('input', { type: () => CreateUserInput }) input: CreateUserInput, @CurrentActor() actor: RequestActor): Promise<User> {
    return this.service.create(input, actor);
  }

  @Mutation(() => User, { description: 'Changes an account: name, password, active, roles (administrators)' })
  updateUser(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => UpdateUserInput }) input: UpdateUserInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<User> {
    return this.service.update(id, version, input, actor);
  }
}
