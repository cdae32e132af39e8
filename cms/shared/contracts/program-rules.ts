import { z } from 'zod';
import { SETTING_FIELDS, settingsObject, type Settings } from './settings';

/**
 * Per-program rule overrides (admin API): a cohort may run with its own response window, limits,
 * cadence or approval step; every rule it does not override follows the program-wide settings.
 * The workflow reads `program override ?? setting` wherever it applies a rule (programs.rulesFor).
 */

/**
 * The rules a cohort may override. Left out on purpose: the program length (a cohort has its own
 * end date), mentor review and student email domains (they apply at sign-up, before anyone is in
 * a cohort), and matching weights (set program-wide on the Settings page).
 */
export const PROGRAM_RULE_KEYS = [
  'approvalRequired',
  'requestResponseHours',
  'requestReminderHours',
  'maxPendingRequestsPerMentee',
  'maxActiveMentorsPerMentee',
  'outreachWindowDays',
  'outreachReminderDays',
  'contactsPerMonth',
  'firstMeetingWithinDays',
  'goalsToAgree',
  'leaveNoticeDays',
] as const satisfies readonly (keyof Settings)[];

export type ProgramRuleKey = (typeof PROGRAM_RULE_KEYS)[number];
export type ProgramRules = Pick<Settings, ProgramRuleKey>;

/** The numeric ones, with the limits and labels of the program-wide setting. */
export const NUMERIC_PROGRAM_RULES = PROGRAM_RULE_KEYS.filter((key): key is Exclude<ProgramRuleKey, 'approvalRequired'> => key in SETTING_FIELDS);

/** null: this program follows the program-wide setting. */
export type ProgramOverrides = { [K in ProgramRuleKey]: ProgramRules[K] | null };

/** PUT /mentoring/programs/:id/rules: the rules to change; null clears an override, a rule left out keeps its state. */
export const programOverridesSchema = z.strictObject(
  Object.fromEntries(PROGRAM_RULE_KEYS.map((key) => [key, settingsObject.shape[key].nullable().optional()])) as {
    [K in ProgramRuleKey]: z.ZodOptional<z.ZodNullable<(typeof settingsObject.shape)[K]>>;
  },
);

export interface ProgramSummary {
  documentId: string;
  name: string;
  startDate: string;
  endDate: string | null;
  /** The cohort new participants join today. */
  current: boolean;
  /** How many rules it overrides. */
  overrides: number;
}

export interface ProgramsResponse {
  data: ProgramSummary[];
}

export interface ProgramRulesView {
  program: ProgramSummary;
  overrides: ProgramOverrides;
  /** The program-wide settings a cleared override falls back to. */
  defaults: ProgramRules;
}

export interface ProgramRulesResponse {
  data: ProgramRulesView;
}
