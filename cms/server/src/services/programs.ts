import type { Core } from '@strapi/strapi';
import { addMonths, formatISO, parseISO } from 'date-fns';
import { settingsObject, settingsSchema, type Settings } from '../../../shared/contracts/settings';
import { UID } from '../constants/uids';
import { badInput, fieldErrorsOf } from '../utils/errors';
import { getService } from '../utils/get-service';

export interface ProgramRow {
  id: number;
  documentId: string;
  name: string;
  startDate: string;
  endDate: string | null;
  rules: Partial<Settings> | null;
}

const day = (date: Date) => formatISO(date, { representation: 'date' });

/** A cohort's own rules: any subset of the settings, each with the settings' limits. */
const programRulesSchema = settingsObject.partial();

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
