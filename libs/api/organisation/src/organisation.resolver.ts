import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@dp/api/common';
import { Department, FundRound, GoalArea } from '@dp/api/database';
import { OrganisationService } from './organisation.service.js';

/** Reference data: public, as the public portfolio and the sign-in page need it too. */
@Resolver()
export class OrganisationResolver {
  constructor(private readonly organisation: OrganisationService) {}

  @Public()
  @Query(() => [Department], { description: 'All departments (förvaltningar), by name' })
  departments(): Promise<Department[]> {
    return this.organisation.departments();
  }

  @Public()
  @Query(() => [GoalArea], { description: 'All goal areas (målområden), by name' })
  goalAreas(): Promise<GoalArea[]> {
    return this.organisation.goalAreas();
  }

  @Public()
  @Query(() => [FundRound], { description: 'All fund rounds, newest first' })
  fundRounds(): Promise<FundRound[]> {
    return this.organisation.fundRounds();
  }
}
