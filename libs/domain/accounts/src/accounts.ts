import { z } from 'zod';
import { DEPARTMENT_SCOPED_ROLES, ROLES, type Role } from '@dp/domain/workflow';

export const ACCOUNT_LIMITS = { displayNameMax: 200, emailMax: 320, passwordMin: 12, passwordMax: 200 } as const;

/** Stable validation codes of account input (the message of each zod issue). */
export type AccountValidationCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'TOO_SHORT'
  | 'INVALID_EMAIL'
  | 'UNKNOWN_ROLE'
  | 'DEPARTMENT_REQUIRED'
  | 'DEPARTMENT_NOT_ALLOWED'
  | 'DUPLICATE';

const roleGrant = z
  .object({
    role: z.string({ error: 'REQUIRED' }).refine((r) => (ROLES as readonly string[]).includes(r), { error: 'UNKNOWN_ROLE' }),
    departmentId: z.string().trim().min(1).nullish(),
  })
  .superRefine((g, ctx) => {
    const scoped = DEPARTMENT_SCOPED_ROLES.includes(g.role as Role);
    if (scoped && !g.departmentId) ctx.addIssue({ code: 'custom', message: 'DEPARTMENT_REQUIRED', path: ['departmentId'] });
    if (!scoped && g.departmentId) ctx.addIssue({ code: 'custom', message: 'DEPARTMENT_NOT_ALLOWED', path: ['departmentId'] });
  });

const roles = z
  .array(roleGrant)
  .refine((gs) => new Set(gs.map((g) => `${g.role}:${g.departmentId ?? ''}`)).size === gs.length, { error: 'DUPLICATE' });

/** The delegation levels a person holds (ids such as MUNICIPAL_DIRECTOR, see libs/domain/decisions), each once. */
const delegations = z
  .array(z.string({ error: 'REQUIRED' }).trim().min(1, { error: 'REQUIRED' }).max(64, { error: 'TOO_LONG' }))
  .max(10, { error: 'TOO_LONG' })
  .refine((ds) => new Set(ds).size === ds.length, { error: 'DUPLICATE' });

const displayName = z.string({ error: 'REQUIRED' }).trim().min(1, { error: 'REQUIRED' }).max(ACCOUNT_LIMITS.displayNameMax, { error: 'TOO_LONG' });
const password = z
  .string({ error: 'REQUIRED' })
  .min(ACCOUNT_LIMITS.passwordMin, { error: 'TOO_SHORT' })
  .max(ACCOUNT_LIMITS.passwordMax, { error: 'TOO_LONG' });

export const createUserSchema = z.object({
  email: z
    .string({ error: 'REQUIRED' })
    .trim()
    .toLowerCase()
    .min(1, { error: 'REQUIRED' })
    .max(ACCOUNT_LIMITS.emailMax, { error: 'TOO_LONG' })
    .pipe(z.email({ error: 'INVALID_EMAIL' })),
  displayName,
  password,
  roles,
  delegations: delegations.nullish().transform((d) => d ?? []),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z.object({
  displayName: displayName.optional(),
  password: password.optional(),
  active: z.boolean().optional(),
  roles: roles.optional(),
  delegations: delegations.optional(),
});
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export interface AccountFieldError {
  field: string;
  code: AccountValidationCode;
}

type Result<T> = { ok: true; value: T } | { ok: false; errors: AccountFieldError[] };

function toErrors(error: z.ZodError): AccountFieldError[] {
  return error.issues.map((i) => ({ field: i.path.join('.'), code: i.message as AccountValidationCode }));
}

export function validateCreateUser(input: unknown): Result<z.output<typeof createUserSchema>> {
  const r = createUserSchema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toErrors(r.error) };
}

export function validateUpdateUser(input: unknown): Result<z.output<typeof updateUserSchema>> {
  const cleaned = input && typeof input === 'object' ? Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined)) : input;
  const r = updateUserSchema.safeParse(cleaned);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: toErrors(r.error) };
}
