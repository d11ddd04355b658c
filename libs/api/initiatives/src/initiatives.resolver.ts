import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Department, FundRound, GoalArea, Initiative } from '@dp/api/database';
import { InitiativesService } from './initiatives.service.js';
import { CreateInitiativeInput, InitiativeFilter, UpdateInitiativeInput } from './dto/initiative.inputs.js';
import { InitiativeConnection } from './dto/initiative-connection.js';

@Resolver(() => Initiative)
export class InitiativesResolver {
  constructor(private readonly service: InitiativesService) {}

  @Query(() => Initiative, { nullable: true, description: 'One initiative, or null when there is none with this id' })
  initiative(@Args('id', { type: () => ID }) id: string): Promise<Initiative | null> {
    return this.service.findOne(id);
  }

  @Query(() => InitiativeConnection, { description: 'Initiatives, newest first, a page at a time' })
  initiatives(
    @Args('filter', { type: () => InitiativeFilter, nullable: true }) filter: InitiativeFilter | undefined,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
  ): Promise<InitiativeConnection> {
    return this.service.list(filter ?? undefined, first, after ?? undefined);
  }

  @Mutation(() => Initiative, { description: 'Creates an initiative as a draft' })
  createInitiative(@Args('input', { type: () => CreateInitiativeInput }) input: CreateInitiativeInput): Promise<Initiative> {
    return this.service.create(input);
  }

  @Mutation(() => Initiative, { description: 'Changes an initiative; a stale version is refused with CONFLICT' })
  updateInitiative(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => UpdateInitiativeInput }) input: UpdateInitiativeInput,
  ): Promise<Initiative> {
    return this.service.update(id, version, input);
  }

  // relations: batched by MikroORM's dataloader (one query per relation per request, not per row)
  @ResolveField(() => Department)
  department(@Parent() initiative: Initiative): Promise<Department> {
    return initiative.department.loadOrFail({ dataloader: true });
  }

  @ResolveField(() => FundRound)
  fundRound(@Parent() initiative: Initiative): Promise<FundRound> {
    return initiative.fundRound.loadOrFail({ dataloader: true });
  }

  @ResolveField(() => [GoalArea])
  async goalAreas(@Parent() initiative: Initiative): Promise<GoalArea[]> {
    const items = await initiative.goalAreas.load({ dataloader: true });
    return [...items].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }
}
