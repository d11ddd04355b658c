import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldErrors, Resolver, ResolverResult } from 'react-hook-form';
import { ACCOUNT_LIMITS, createUserSchema, updateUserSchema } from '@dp/domain/accounts';
import { DEPARTMENT_SCOPED_ROLES, ROLES, type Role } from '@dp/domain/workflow';

/** One role row of the form: the role and, for applicant and department head, its department. */
export interface RoleRowValues {
  role: Role | null;
  departmentId: string | null;
}

/** What the user form holds while the administrator types (creating uses e-mail, editing uses active). */
export interface UserFormValues {
  email: string;
  displayName: string;
  /** creating: the password; editing: a new password, empty to keep the current one */
  password: string;
  active: boolean;
  roles: RoleRowValues[];
  /** the delegation levels (delegationsordning) the user holds, by id */
  delegations: string[];
}

/** The checked values, ready for the API's input. */
export interface ValidUserForm {
  email: string;
  displayName: string;
  /** undefined when editing without a new password */
  password: string | undefined;
  active: boolean;
  roles: { role: Role; departmentId: string | null }[];
  delegations: string[];
}

export type UserFormMode = 'create' | 'edit';

export const emptyRoleRow: RoleRowValues = { role: null, departmentId: null };

export const emptyUserFormValues: UserFormValues = { email: '', displayName: '', password: '', active: true, roles: [emptyRoleRow], delegations: [] };

export function isDepartmentScoped(role: Role | null): boolean {
  return role !== null && DEPARTMENT_SCOPED_ROLES.includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** An account as the API returns it, to fill the edit form. */
export interface UserLike {
  email: string;
  displayName: string;
  active: boolean;
  roles: ReadonlyArray<{ role: Role; department: { id: string } | null }>;
  delegations?: readonly string[] | null;
}

export function toFormValues(user: UserLike): UserFormValues {
  return {
    email: user.email,
    displayName: user.displayName,
    password: '',
    active: user.active,
    roles: user.roles.map((g) => ({ role: g.role, departmentId: g.department?.id ?? null })),
    delegations: [...(user.delegations ?? [])],
  };
}

/** The role rows as the domain schema expects them: the department only on the roles that have one. */
function candidateRoles(rows: RoleRowValues[]) {
  return rows.map((r) => ({
    ...(r.role ? { role: r.role } : {}),
    departmentId: isDepartmentScoped(r.role) ? r.departmentId : null,
  }));
}

/** Interpolation values of the translated validation texts, from the shared limits. */
export function limitParams(field: string): Record<string, number> {
  switch (field) {
    case 'email':
      return { max: ACCOUNT_LIMITS.emailMax };
    case 'displayName':
      return { max: ACCOUNT_LIMITS.displayNameMax };
    case 'password':
      return { min: ACCOUNT_LIMITS.passwordMin, max: ACCOUNT_LIMITS.passwordMax };
    default:
      return {};
  }
}

/**
 * The client-side validation: the API's own schemas (createUserSchema when creating, updateUserSchema
 * when editing; an empty new password means "keep it"). Error messages are the domain's codes; the
 * form translates them.
 */
export function userFormResolver(mode: UserFormMode): Resolver<UserFormValues, unknown, ValidUserForm> {
  const schemaResolver = zodResolver(mode === 'create' ? createUserSchema : updateUserSchema);
  return async (values, context, options): Promise<ResolverResult<UserFormValues, ValidUserForm>> => {
    const roles = candidateRoles(values.roles);
    // the levels are chosen from a list: each once, in the order chosen
    const delegations = [...new Set(values.delegations)];
    const candidate =
      mode === 'create'
        ? { email: values.email, displayName: values.displayName, password: values.password, roles, delegations }
        : { displayName: values.displayName, active: values.active, roles, delegations, ...(values.password !== '' ? { password: values.password } : {}) };
    const result = await schemaResolver(candidate as never, context, options as never);
    if (Object.keys(result.errors).length > 0) return { values: {}, errors: result.errors as FieldErrors<UserFormValues> };
    const valid = result.values as { email?: string; displayName: string; password?: string; active?: boolean; roles: { role: string; departmentId?: string | null }[] };
    return {
      values: {
        email: valid.email ?? values.email,
        displayName: valid.displayName,
        password: valid.password,
        active: valid.active ?? values.active,
        roles: valid.roles.map((g) => ({ role: g.role as Role, departmentId: g.departmentId ?? null })),
        delegations,
      },
      errors: {},
    };
  };
}
