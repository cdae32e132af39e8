import type { Core } from '@strapi/strapi';
import { directoryQuerySchema } from '../../../shared/contracts/directory';
import type { Role } from '../../../shared/contracts/profile';
import { PROFILE_UID } from '../constants/uids';
import type { Facet } from '../directory/index-document';
import { cardView, participantView } from '../profiles/view';
import { notFound, parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';

const FILTERS: { param: 'industry' | 'function' | 'location' | 'program'; facet: Facet | 'location' }[] = [
  { param: 'industry', facet: 'industry' },
  { param: 'function', facet: 'function' },
  { param: 'location', facet: 'location' },
  { param: 'program', facet: 'program' },
];

/** Browsing everyone, as the program promises: listed profiles only, never an account's details. */
const directory = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(kind: Role, rawQuery: unknown) {
    const query = parseOrThrow(directoryQuerySchema, rawQuery, 'The search is not valid');
    const filters = FILTERS.filter(({ param }) => query[param]).map(({ param, facet }) => ({ facet, value: query[param] as string }));
    const { ids, total } = await getService(strapi, 'directoryIndex').search({
      kind,
      q: query.q,
      filters,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
    });
    const rows = ids.length
      ? await strapi.documents(PROFILE_UID[kind]).findMany({ filters: { documentId: { $in: ids } }, populate: ['photo'], limit: ids.length })
      : [];
    const byId = new Map(rows.map((row) => [row.documentId, row]));
    return {
      data: ids.flatMap((id) => (byId.has(id) ? [cardView(kind, byId.get(id) as Record<string, any>)] : [])),
      meta: {
        pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
      },
    };
  },

  /** One profile, if listed — or the viewer's own. Anything else is a 404, like an unknown id. */
  async detail(kind: Role, documentId: string, viewerId: number) {
    const row = (await strapi.documents(PROFILE_UID[kind]).findOne({ documentId, populate: ['photo', 'user'] })) as Record<string, any> | null;
    const own = row?.user?.id === viewerId;
    if (!row || (!own && !(await getService(strapi, 'directoryIndex').isListed(documentId)))) {
      throw notFound(`No ${kind} with this id`);
    }
    return participantView(kind, row);
  },
});

export default directory;
