/** The roles of the brief. Applicant and department head are scoped to a department. */
export const ROLES = [
  'APPLICANT', // sökande
  'DEPARTMENT_HEAD', // förvaltningsledning
  'PORTFOLIO_ANALYST', // portföljkontoret
  'MANAGEMENT_GROUP', // ledningsgrupp
  'DECISION_MAKER', // beslutsfattare (kommundirektör)
  'OBJECT_OWNER', // objektägare
  'AUDITOR', // revisor
  'ADMINISTRATOR', // administratör
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that only make sense with a department. */
export const DEPARTMENT_SCOPED_ROLES: readonly Role[] = ['APPLICANT', 'DEPARTMENT_HEAD'];

export interface RoleGrant {
  role: Role;
  /** set for department-scoped roles */
  departmentId?: string | null;
}

export interface Actor {
  userId: string;
  roles: readonly RoleGrant[];
}

/** True when the actor holds the role, for the department where the role is department-scoped. */
export function hasRole(actor: Actor, role: Role, departmentId?: string): boolean {
  return actor.roles.some(
    (g) => g.role === role && (!DEPARTMENT_SCOPED_ROLES.includes(role) || (departmentId !== undefined && g.departmentId === departmentId)),
  );
}
