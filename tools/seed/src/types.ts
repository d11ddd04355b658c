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
}

/** a demo account; every demo account has the password `demo` */
export interface SeedUser {
  email: string;
  displayName: string;
  roles: { role: string; departmentCode?: string }[];
}

export interface DemoData {
  departments: SeedDepartment[];
  goalAreas: SeedGoalArea[];
  fundRounds: SeedFundRound[];
  initiatives: SeedInitiative[];
  users: SeedUser[];
}
