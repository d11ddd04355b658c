import { z } from 'zod';

/**
 * What the sign-in form checks before asking the API: both fields filled in, and something that looks
 * like an e-mail address. The messages are keys under `login.validation`.
 */
export const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'emailRequired')
    .regex(/^[^\s@]+@[^\s@]+$/, 'emailInvalid'),
  password: z.string().min(1, 'passwordRequired'),
});

export type LoginFormValues = z.input<typeof loginSchema>;
export type ValidLoginInput = z.output<typeof loginSchema>;
