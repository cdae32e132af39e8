import { DEFAULT_SETTINGS, SETTING_FIELDS, settingsSchema } from './settings';

describe('program settings schema', () => {
  it('accepts its own defaults, which are the FAQ’s rules', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      requestResponseHours: 48,
      outreachWindowDays: 7,
      contactsPerMonth: 2,
      firstMeetingWithinDays: 30,
      goalsToAgree: 2,
      programLengthMonths: 6,
      leaveNoticeDays: 30,
    });
  });

  it('keeps every default inside its own limits', () => {
    for (const field of Object.values(SETTING_FIELDS)) {
      expect(field.default).toBeGreaterThanOrEqual(field.min);
      expect(field.default).toBeLessThanOrEqual(field.max);
    }
  });

  it.each(Object.entries(SETTING_FIELDS))('bounds %s on both sides', (key, field) => {
    const below = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, [key]: field.min - 1 });
    const above = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, [key]: field.max + 1 });

    expect(below.success || above.success).toBe(false);
    expect(below.error?.issues[0]).toMatchObject({ path: [key], message: `must be at least ${field.min}` });
    expect(above.error?.issues[0]).toMatchObject({ path: [key], message: `must be at most ${field.max}` });
  });

  it('requires each reminder to come before the window it warns about', () => {
    const result = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, requestResponseHours: 24, requestReminderHours: 24 });

    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['requestReminderHours'], message: 'must be less than the response window (24 hours)' }),
    ]);
  });
});
