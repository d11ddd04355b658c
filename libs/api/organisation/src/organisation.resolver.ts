import { Query, Resolver } from '@nestjs/graphql';
import { Department, FundRound, GoalArea } from '@dp/api/database';
import { OrganisationService } from './organisation.service.js';

@Resolver()
export class OrganisationResolver {
  constructor(private readonly organisation: OrganisationService) {}

  @Query(() => [Department], { description: 'All departments (förvaltningar), by name' })
  departments(): Promise<Department[]> {
    return this.organisation.departments();
  }

  @Query(() => [GoalArea], { description: 'All goal areas (målområden), by name' })
  goalAreas(): Promise<GoalArea[]> {
    return this.organisation.goalAreas();
  }

  @Query(() => [FundRound], { description: 'All fund rounds, newest first' })
  fundRounds(): Promise<FundRound[]> {
    return this.organisation.fundRounds();
  }
}
