import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Department, FundRound, GoalArea } from '@dp/api/database';

const collator = new Intl.Collator('sv');

/** Departments, goal areas and fund rounds: the frame every initiative refers to. */
@Injectable()
export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  async departments(): Promise<Department[]> {
    const rows = await this.em.find(Department, {});
    return rows.sort((a, b) => collator.compare(a.name, b.name));
  }

  async goalAreas(): Promise<GoalArea[]> {
    const rows = await this.em.find(GoalArea, {});
    return rows.sort((a, b) => collator.compare(a.name, b.name));
  }

  /** Newest round first. */
  async fundRounds(): Promise<FundRound[]> {
    return this.em.find(FundRound, {}, { orderBy: [{ year: 'desc' }, { name: 'asc' }] });
  }
}
