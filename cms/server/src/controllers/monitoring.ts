import type { Core } from '@strapi/strapi';
import { atRiskQuerySchema, connectionParamsSchema, monitoringQuerySchema } from '../../../shared/contracts/monitoring';
import { parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';

/** Staff monitoring: the dashboard, the at-risk list (JSON and CSV) and a pair's metadata. */
const monitoringController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async figures(ctx: any) {
    const query = parseOrThrow(monitoringQuerySchema, ctx.query, 'The dashboard query is not valid');
    ctx.body = { data: await getService(strapi, 'monitoring').figures(query.program, new Date()) };
  },

  async atRisk(ctx: any) {
    const query = parseOrThrow(atRiskQuerySchema, ctx.query, 'The at-risk query is not valid');
    ctx.body = { data: await getService(strapi, 'monitoring').atRisk(query, new Date()) };
  },

  async atRiskCsv(ctx: any) {
    const query = parseOrThrow(atRiskQuerySchema, ctx.query, 'The at-risk query is not valid');
    const now = new Date();
    const service = getService(strapi, 'monitoring');
    const csv = service.atRiskCsv(await service.atRisk(query, now));
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="at-risk-pairs-${now.toISOString().slice(0, 10)}.csv"`);
    ctx.set('Cache-Control', 'no-store');
    // A byte-order mark, so spreadsheet programs read the names as UTF-8.
    ctx.body = `\uFEFF${csv}`;
  },

  async pair(ctx: any) {
    const { id } = parseOrThrow(connectionParamsSchema, ctx.params, 'The connection id is not valid');
    ctx.body = { data: await getService(strapi, 'monitoring').pair(id, new Date()) };
  },
});

export default monitoringController;
