import type { Core } from '@strapi/strapi';
import { addMonths, formatISO, parseISO } from 'date-fns';
import { isTimeZone } from '../../../shared/contracts/profile';
import { settingsObject, settingsSchema, type FieldError, type Settings } from '../../../shared/contracts/settings';
import {
  PROGRAM_RULE_KEYS,
  programOverridesSchema,
  type ProgramOverrides,
  type ProgramRules,
  type ProgramRulesView,
  type ProgramSummary,
} from '../../../shared/contracts/program-rules';
import { DOCUMENT_ID } from '../../../shared/contracts/monitoring';
import { UID } from '../constants/uids';
import { badInput, fieldErrorsOf, notFound } from '../utils/errors';
import { getService } from '../utils/get-service';

export interface ProgramRow {
  id: number;
  documentId: string;
  name: string;
  startDate: string;
  endDate: string | null;
  rules: Partial<Settings> | null;
  /** The cohort's home time zone (IANA): participants without their own see times in it. */
  timeZone: string | null;
}

const day = (date: Date) => formatISO(date, { representation: 'date' });

/** A cohort's own rules: any subset of the settings, each with the settings' limits. */
const programRulesSchema = settingsObject.partial();

const INVALID_OVERRIDES = 'The program rules are not valid';
const overridable = new Set<string>(PROGRAM_RULE_KEYS);
const pickRules = (rules: Partial<Settings>): ProgramRules =>
  Object.fromEntries(PROGRAM_RULE_KEYS.map((key) => [key, rules[key]])) as ProgramRules;

const summaryOf = (row: ProgramRow, current: ProgramRow | null): ProgramSummary => ({
  documentId: row.documentId,
  name: row.name,
  startDate: row.startDate,
  endDate: row.endDate,
  current: row.documentId === current?.documentId,
  overrides: PROGRAM_RULE_KEYS.filter((key) => row.rules?.[key] !== undefined && row.rules?.[key] !== null).length,
});

const programs = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The cohort new participants join: the one running at `now`, else the next to start, else the latest. */
  async current(now: Date): Promise<ProgramRow | null> {
    const today = day(now);
    const query = strapi.db.query(UID.program);
    return (
      (await query.findOne({ where: { startDate: { $lte: today }, endDate: { $gte: today } }, orderBy: { startDate: 'desc' } })) ??
      (await query.findOne({ where: { startDate: { $gt: today } }, orderBy: { startDate: 'asc' } })) ??
      (await query.findOne({ orderBy: { startDate: 'desc' } }))
    );
  },

  /** The rules in force for a cohort: its overrides over the plugin's settings. */
  async rulesFor(program: Pick<ProgramRow, 'rules'> | null): Promise<Settings> {
    const defaults = await getService(strapi, 'settings').get();
    return { ...defaults, ...(program?.rules ?? {}) };
  },

  /** Every cohort, newest first, with how many rules each overrides (staff Settings page). */
  async list(now: Date): Promise<ProgramSummary[]> {
    const rows = (await strapi.db.query(UID.program).findMany({ orderBy: [{ startDate: 'desc' }, { id: 'desc' }] })) as ProgramRow[];
    const current = await this.current(now);
    return rows.map((row) => summaryOf(row, current));
  },

  /** One cohort's overrides (null: follows the setting) beside the settings they replace; 404 for an unknown id. */
  async overridesOf(documentId: unknown, now: Date): Promise<ProgramRulesView> {
    const row = await this.find(documentId);
    const defaults = await getService(strapi, 'settings').get();
    const rules = row.rules ?? {};
    return {
      program: summaryOf(row, await this.current(now)),
      overrides: Object.fromEntries(PROGRAM_RULE_KEYS.map((key) => [key, rules[key] ?? null])) as ProgramOverrides,
      defaults: pickRules(defaults),
    };
  },

  /**
   * Sets or clears (null) some of a cohort's overrides; rules left out keep their state. The
   * cohort's rules as a whole must pass the settings' checks (a reminder before its window), or
   * nothing is written.
   */
  async setOverrides(documentId: unknown, change: unknown, now: Date): Promise<ProgramRulesView> {
    if (typeof change !== 'object' || change === null || Array.isArray(change)) {
      throw badInput(INVALID_OVERRIDES, [{ path: [], message: 'the body must be an object of rule: value or null' }]);
    }
    const row = await this.find(documentId);
    const notPerProgram: FieldError[] = Object.keys(change)
      .filter((key) => !overridable.has(key) && key in settingsObject.shape)
      .map((key) => ({ path: [key], message: 'cannot be set per program: it applies to every program' }));
    const known = Object.fromEntries(Object.entries(change).filter(([key]) => overridable.has(key) || !(key in settingsObject.shape)));
    const parsed = programOverridesSchema.safeParse(known);
    if (notPerProgram.length > 0 || !parsed.success) {
      throw badInput(INVALID_OVERRIDES, [...notPerProgram, ...(parsed.success ? [] : fieldErrorsOf(parsed.error, 'unknown rule'))]);
    }
    const rules: Partial<Settings> = { ...(row.rules ?? {}) };
    for (const [key, value] of Object.entries(parsed.data)) {
      if (value === undefined) continue;
      if (value === null) delete rules[key as keyof Settings];
      else Object.assign(rules, { [key]: value });
    }
    const whole = settingsSchema.safeParse({ ...(await getService(strapi, 'settings').get()), ...rules });
    if (!whole.success) throw badInput(INVALID_OVERRIDES, fieldErrorsOf(whole.error, 'unknown rule'));
    await strapi.documents(UID.program).update({ documentId: row.documentId, data: { rules: Object.keys(rules).length > 0 ? rules : null } as any });
    return this.overridesOf(row.documentId, now);
  },

  /** A program by documentId; 404 for an unknown or malformed id. */
  async find(documentId: unknown): Promise<ProgramRow> {
    const row = typeof documentId === 'string' && DOCUMENT_ID.test(documentId) ? ((await strapi.db.query(UID.program).findOne({ where: { documentId } })) as ProgramRow | null) : null;
    if (!row) throw notFound('No program with this id');
    return row;
  },

  /**
   * Checked on every write, from the API or the Content Manager: rules within the settings'
   * limits, and an official end that defaults to the start plus the program length (the cohort's
   * own when its rules set one, as for its connections' ends).
   */
  async prepareWrite(data: Partial<ProgramRow>) {
    if (data.rules !== undefined && data.rules !== null) {
      const partial = programRulesSchema.safeParse(data.rules);
      const parsed = partial.success ? settingsSchema.safeParse({ ...(await getService(strapi, 'settings').get()), ...partial.data }) : partial;
      if (!parsed.success) {
        throw badInput('The program rules are not valid', fieldErrorsOf(parsed.error, 'unknown rule').map((error) => ({ ...error, path: ['rules', ...error.path] })));
      }
      data.rules = partial.data;
    }
    if (data.timeZone !== undefined && data.timeZone !== null && data.timeZone !== '' && !isTimeZone(String(data.timeZone))) {
      throw badInput('The program is not valid', [{ path: ['timeZone'], message: 'must be an IANA time zone such as America/New_York' }]);
    }
    if (data.timeZone === '') data.timeZone = null;
    if (data.startDate && !data.endDate) {
      const { programLengthMonths } = await getService(strapi, 'programs').rulesFor({ rules: data.rules ?? null });
      data.endDate = day(addMonths(parseISO(String(data.startDate)), programLengthMonths));
    }
    if (data.startDate && data.endDate && String(data.endDate) <= String(data.startDate)) {
      throw badInput('The program dates are not valid', [{ path: ['endDate'], message: 'must be after startDate' }]);
    }
  },
});

export default programs;
