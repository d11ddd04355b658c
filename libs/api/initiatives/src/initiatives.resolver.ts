import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Comment, Department, FundRound, GoalArea, Initiative, StatusInterval, WorkflowAction } from '@dp/api/database';
import { CommentsService } from './comments.service.js';
import type { Action } from '@dp/domain/workflow';
import { applicationOf, WorkflowService } from './workflow.service.js';
import { missingMandatoryFields } from '@dp/domain/initiatives';
import { AvailableActionType } from './dto/workflow.types.js';
import { CurrentActor, type RequestActor } from '@dp/api/common';
import { InitiativesService } from './initiatives.service.js';
import { CreateInitiativeInput, InitiativeFilter, InitiativeOrder, UpdateInitiativeInput } from './dto/initiative.inputs.js';
import { InitiativeConnection } from './dto/initiative-connection.js';

@Resolver(() => Initiative)
export class InitiativesResolver {
  constructor(
    private readonly service: InitiativesService,
    private readonly workflow: WorkflowService,
    private readonly comments: CommentsService,
  ) {}

  @Query(() => Initiative, { nullable: true, description: 'One initiative, or null when there is none with this id' })
  initiative(@Args('id', { type: () => ID }) id: string, @CurrentActor() actor: RequestActor): Promise<Initiative | null> {
    return this.service.findOne(id, actor);
  }

  @Query(() => InitiativeConnection, { description: 'Initiatives a page at a time, newest first unless orderBy says otherwise' })
  initiatives(
    @Args('filter', { type: () => InitiativeFilter, nullable: true }) filter: InitiativeFilter | undefined,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | undefined,
    @Args('orderBy', { type: () => InitiativeOrder, nullable: true }) orderBy: InitiativeOrder | undefined,
    @CurrentActor() actor: RequestActor,
  ): Promise<InitiativeConnection> {
    return this.service.list(filter ?? undefined, first, after ?? undefined, actor, orderBy ?? undefined);
  }

  @Mutation(() => Initiative, { description: 'Creates an initiative as a draft' })
  createInitiative(
    @Args('input', { type: () => CreateInitiativeInput }) input: CreateInitiativeInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Initiative> {
    return this.service.create(input, actor);
  }

  @Mutation(() => Initiative, { description: 'Changes an initiative; a stale version is refused with CONFLICT' })
  updateInitiative(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('input', { type: () => UpdateInitiativeInput }) input: UpdateInitiativeInput,
    @CurrentActor() actor: RequestActor,
  ): Promise<Initiative> {
    return this.service.update(id, version, input, actor);
  }

  @Mutation(() => Initiative, { description: 'Takes a step in the process (anchor, submit, request completion, …); refused with TRANSITION_REFUSED and the reasons' })
  transitionInitiative(
    @Args('id', { type: () => ID }) id: string,
    @Args('version', { type: () => Int }) version: number,
    @Args('action', { type: () => WorkflowAction }) action: Action,
    @Args('reason', { type: () => String, nullable: true }) reason: string | undefined,
    @CurrentActor() actor: RequestActor,
  ): Promise<Initiative> {
    return this.workflow.transition(id, version, action, reason ?? undefined, actor);
  }

  @Mutation(() => Comment, { description: 'Adds a comment to the initiative’s timeline' })
  addComment(
    @Args('initiativeId', { type: () => ID }) initiativeId: string,
    @Args('text') text: string,
    @CurrentActor() actor: RequestActor,
  ): Promise<Comment> {
    return this.comments.add(initiativeId, text, actor);
  }

  @ResolveField('comments', () => [Comment], { description: 'Comments, oldest first' })
  async commentList(@Parent() initiative: Initiative): Promise<Comment[]> {
    const items = await initiative.comments.load({ dataloader: true });
    return [...items].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  @ResolveField(() => [String], { description: 'Mandatory application fields still empty (needed before anchoring)' })
  async missingMandatoryFields(@Parent() initiative: Initiative): Promise<string[]> {
    await initiative.goalAreas.load({ dataloader: true });
    return missingMandatoryFields(applicationOf(initiative));
  }

  @ResolveField(() => [AvailableActionType], { description: 'The steps that apply now, for the signed-in user' })
  async availableActions(@Parent() initiative: Initiative, @CurrentActor() actor: RequestActor): Promise<AvailableActionType[]> {
    await Promise.all([initiative.goalAreas.load({ dataloader: true }), initiative.calculations.load({ dataloader: true })]);
    return this.workflow.available(initiative, actor);
  }

  @ResolveField(() => [StatusInterval], { description: 'Every state the initiative has been in, oldest first' })
  async statusHistory(@Parent() initiative: Initiative): Promise<StatusInterval[]> {
    const items = await initiative.statusIntervals.load({ dataloader: true });
    return [...items].sort((a, b) => a.enteredAt.getTime() - b.enteredAt.getTime());
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
