import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { OrganisationResolver } from '@dp/api/organisation';
import { BenefitCalculationResolver, FundRoundParametersResolver, InitiativeCalculationsResolver, InitiativesResolver } from '@dp/api/initiatives';
import { AuthResolver, UsersResolver } from '@dp/api/auth';
import { AuditResolver, InitiativeHistoryResolver } from '@dp/api/audit';
import {
  AssessmentResolver,
  CriteriaSetResolver,
  EligibilityReviewResolver,
  FundRoundPrioritisationResolver,
  InitiativeAssessmentResolver,
  PortfolioResolver,
  ScenarioResolver,
} from '@dp/api/prioritisation';
import { DecisionResolver, FundRoundDecisionsResolver, InitiativeDecisionResolver, MeetingResolver } from '@dp/api/decisions';

/**
 * Writes the code-first schema to apps/api/schema.gql without a database: the client's codegen
 * reads that file, and CI regenerates it to catch drift.
 */
export const resolvers = [
  AuthResolver, UsersResolver, OrganisationResolver, InitiativesResolver, InitiativeCalculationsResolver, BenefitCalculationResolver, FundRoundParametersResolver, InitiativeHistoryResolver,
  AuditResolver,
  CriteriaSetResolver,
  FundRoundPrioritisationResolver,
  AssessmentResolver,
  EligibilityReviewResolver,
  InitiativeAssessmentResolver,
  ScenarioResolver,
  PortfolioResolver,
  DecisionResolver,
  MeetingResolver,
  FundRoundDecisionsResolver,
  InitiativeDecisionResolver,
];

async function main(): Promise<void> {
  const out = process.argv[2] ?? 'apps/api/schema.gql';
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(resolvers);
  const header = '# ------------------------------------------------------\n# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)\n# npm run generate  (apps/api/src/cli/generate-schema.ts)\n# ------------------------------------------------------\n\n';
  writeFileSync(out, header + printSchema(lexicographicSortSchema(schema)) + '\n');
  await app.close();
  process.stdout.write(`wrote ${out}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
