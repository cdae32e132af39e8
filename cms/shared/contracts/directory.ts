import { z } from 'zod';

const filterText = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).max(100, { error: 'must be at most 100 characters' });
const positiveInt = (max: number, fallback: number) =>
  z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be at least 1' })
    .max(max, { error: `must be at most ${max}` })
    .default(fallback);

/** Query of GET /api/mentoring/mentors and /mentees. */
export const directoryQuerySchema = z.strictObject({
  q: z.string({ error: 'must be text' }).trim().max(100, { error: 'must be at most 100 characters' }).optional(),
  industry: filterText.optional(),
  function: filterText.optional(),
  location: filterText.optional(),
  program: filterText.optional(),
  sort: z.enum(['name', 'recent', 'compatibility'], { error: 'must be name, recent or compatibility' }).default('name'),
  page: positiveInt(100_000, 1),
  pageSize: positiveInt(100, 20),
});

export type DirectoryQueryInput = z.infer<typeof directoryQuerySchema>;

/** Query of GET /api/mentoring/taxonomy: everything, or one kind's terms matching what was typed. */
export const taxonomyQuerySchema = z.strictObject({
  kind: z.enum(['industry', 'function', 'expertise', 'language'], { error: 'must be industry, function, expertise or language' }).optional(),
  q: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).max(60, { error: 'must be at most 60 characters' }).optional(),
  limit: z.coerce.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(50, { error: 'must be at most 50' }).default(10),
});
