import { educationSchema, experienceSchema, mentorProfileInput } from '../../../shared/contracts/profile';
import { describeAdjustment, fitToSchema } from './fit';

describe('fitting a value to its schema', () => {
  it('cuts over-long text to the maximum the schema itself reports', () => {
    // Given a title longer than the experience schema allows
    const job = { title: `  ${'T'.repeat(200)}  `, organization: 'Brightline Analytics' };

    // When it is fitted
    const fitted = fitToSchema(experienceSchema, job);

    // Then it is cut to 150 characters and the change is reported
    expect(fitted).toEqual({
      ok: true,
      value: { title: 'T'.repeat(150), organization: 'Brightline Analytics' },
      adjustments: [{ path: ['title'], change: 'cut', maximum: 150, from: 200 }],
    });
  });

  it('never leaves half of a surrogate pair at the cut', () => {
    // Given a school name whose 150th unit starts an emoji
    const school = `${'s'.repeat(149)}😀 and more`;

    // When it is fitted
    const fitted = fitToSchema(educationSchema, { school });

    // Then the emoji is dropped whole
    expect(fitted.ok && fitted.value.school).toBe('s'.repeat(149));
  });

  it('shortens a list, then cuts its items', () => {
    // Given 40 skills, one of them too long
    const skills = Array.from({ length: 40 }, (_, i) => (i === 2 ? 'x'.repeat(90) : `Skill ${i}`));

    // When they are fitted to the mentor's expertise
    const fitted = fitToSchema(mentorProfileInput.shape.expertise, skills);

    // Then 30 are kept and the long one is cut to 80 characters
    expect(fitted.ok).toBe(true);
    if (!fitted.ok) return;
    expect(fitted.value).toHaveLength(30);
    expect(fitted.value?.[2]).toBe('x'.repeat(80));
    expect(fitted.adjustments.map((adjustment) => describeAdjustment('Skills.csv', adjustment))).toEqual([
      'Skills.csv: kept the first 30 of 40 entries, the most a profile holds.',
      'Skills.csv: entry 3 was cut to 80 characters (it had 90).',
    ]);
  });

  it('reports what cannot be fixed by length, with the schema’s messages', () => {
    // Given a position without a title
    // When it is fitted
    const fitted = fitToSchema(experienceSchema, { title: ' ', organization: 'Marlow Health' });

    // Then it is refused with the rule it breaks
    expect(fitted).toEqual({ ok: false, problems: ['title must not be empty'] });
  });
});
