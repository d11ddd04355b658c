import type { CalculationSheet } from '@dp/domain/benefits';

/** Shapes of the demo data. Codes are stable keys that link the records to each other. */
export interface SeedDepartment {
  /** short stable code, e.g. `BUF` */
  code: string;
  /** e.g. `Barn- och utbildningsförvaltningen` */
  name: string;
}

/** målområde from the municipality's "Mål och budget" */
export interface SeedGoalArea {
  code: string;
  name: string;
  description: string;
}

/** ansökningsomgång */
export interface SeedFundRound {
  code: string;
  name: string;
  year: number;
  /** whole kronor */
  budget: number;
  status: 'OPEN' | 'CLOSED';
  /** ISO dates, YYYY-MM-DD */
  opensOn: string;
  closesOn: string;
}

/** a fund application in its first slice */
export interface SeedInitiative {
  title: string;
  description: string;
  departmentCode: string;
  fundRoundCode: string;
  goalAreaCodes: string[];
  /** whole kronor */
  requestedAmount: number;
  /** name of the contact person for the application */
  contactName?: string;
  /** the contact person's e-mail, `fornamn.efternamn@demo.example` (reserved demo domain) */
  contactEmail?: string;
  /** nuläge: how the work is done today */
  currentSituation?: string;
  /** the problem the initiative solves */
  problem?: string;
  /** önskat läge: how the work is done once the initiative is finished */
  desiredSituation?: string;
  /** förväntade effekter, with concrete numbers where possible */
  expectedEffects?: string;
  /** the main risks, e.g. leverantörsberoende or förändringsledning */
  risks?: string;
  /** beroenden: what the initiative needs from others, e.g. e-legitimation or the integrationsplattform */
  dependencies?: string;
  /** medfinansiering from the department's own budget; whole kronor, ≥ 0 */
  coFinancing?: number;
  /** planned start, ISO date YYYY-MM-DD */
  plannedStart?: string;
  /** planned end, ISO date YYYY-MM-DD, not before plannedStart */
  plannedEnd?: string;
  /** whether the initiative processes personal data (personuppgifter) */
  handlesPersonalData?: boolean;
  /** informationsklassning, konfidentialitet (K), 1 = låg … 4 = mycket hög */
  confidentialityLevel?: 1 | 2 | 3 | 4;
  /** informationsklassning, riktighet (R), 1 = låg … 4 = mycket hög */
  integrityLevel?: 1 | 2 | 3 | 4;
  /** informationsklassning, tillgänglighet (T), 1 = låg … 4 = mycket hög */
  availabilityLevel?: 1 | 2 | 3 | 4;
  /** konsekvensbedömning avseende dataskydd (DPIA) */
  dpiaStatus?: 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'NOT_REQUIRED';
  /** where the application is in the process; DRAFT when left out */
  status?: 'DRAFT' | 'AWAITING_ANCHORING' | 'SUBMITTED' | 'IN_PREPARATION' | 'PREPARED';
  /**
   * nyttokalkyl: the applicant's calculation and, once the portfolio office has reviewed it, the
   * reviewed one (same line ids, so the differences can be shown line by line)
   */
  calculations?: { applicant: CalculationSheet; reviewed?: CalculationSheet };
}

/** a demo account; every demo account has the password `demo` */
export interface SeedUser {
  email: string;
  displayName: string;
  roles: { role: string; departmentCode?: string }[];
  /** the delegation levels held (delegationsordning), e.g. MUNICIPAL_DIRECTOR */
  delegations?: string[];
}

export interface DemoData {
  departments: SeedDepartment[];
  goalAreas: SeedGoalArea[];
  fundRounds: SeedFundRound[];
  initiatives: SeedInitiative[];
  users: SeedUser[];
}
