import { z } from 'zod';

/** POST /api/mentoring/signup */
export const signupSchema = z.strictObject({
  email: z
    .email({ error: 'must be an email address' })
    .max(254, { error: 'must be at most 254 characters' })
    .transform((email) => email.toLowerCase()),
  password: z
    .string({ error: 'must be text' })
    .min(8, { error: 'must be at least 8 characters' })
    .max(72, { error: 'must be at most 72 characters' })
    .regex(/\p{L}/u, { error: 'must contain a letter' })
    .regex(/\p{N}/u, { error: 'must contain a digit' }),
  fullName: z
    .string({ error: 'must be text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(120, { error: 'must be at most 120 characters' }),
  role: z.enum(['mentor', 'mentee'], { error: 'must be mentor or mentee' }),
});

export type SignupInput = z.infer<typeof signupSchema>;

/** POST /api/mentoring/me/leave */
export const leaveSchema = z.strictObject({
  leaveDate: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }),
});
