import type { Core } from '@strapi/strapi';
import { directoryQuerySchema, type DirectoryQueryInput } from '../../../shared/contracts/directory';
import type { Role } from '../../../shared/contracts/profile';
import { PROFILE_UID } from '../constants/uids';
import type { Facet } from '../directory/index-document';
import { participantView } from '../profiles/view';
import { badInput, notFound, parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';
import { verdict, type Verdicts } from './suggestions';

const FILTERS: { param: 'industry' | 'function' | 'location' | 'program'; facet: Facet | 'location' }[] = [
  { param: 'industry', facet: 'industry' },
  { param: 'function', facet: 'function' },
  { param: 'location', facet: 'location' },
  { param: 'program', facet: 'program' },
];

export interface Viewer {
  id: number;
  role: Role;
}

/** Mentees see a compatibility percentage on every mentor. */
const seesCompatibility = (kind: Role, viewer: Viewer) => kind === 'mentor' && viewer.role === 'mentee';

/** Browsing everyone, as the program promises: listed profiles only, never an account's details. */
const directory = ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * One page of ids: from the index in name or join order, or all matches ranked by compatibility,
   * in which case the verdicts come along so the cards are not scored a second time.
   */
  const pageOfIds = async (kind: Role, query: DirectoryQueryInput, viewer: Viewer): Promise<{ ids: string[]; total: number; scores?: Verdicts }> => {
    const filters = FILTERS.filter(({ param }) => query[param]).map(({ param, facet }) => ({ facet, value: query[param] as string }));
    const search = { kind, q: query.q, filters, page: query.page };
    if (query.sort !== 'compatibility') {
      return getService(strapi, 'directoryIndex').search({ ...search, sort: query.sort, pageSize: query.pageSize });
    }
    if (!seesCompatibility(kind, viewer)) {
      throw badInput('The search is not valid', [{ path: ['sort'], message: 'compatibility sorting is for mentees browsing mentors' }]);
    }
    const { ids, total } = await getService(strapi, 'directoryIndex').search({ ...search, sort: 'name', pageSize: null });
    const scores = await getService(strapi, 'suggestions').scoreFor(viewer.id, ids);
    // Best first; equal scores keep the name order the index returned (Array.prototype.sort is stable).
    const ranked = [...ids].sort((a, b) => (scores.get(b)?.score ?? -1) - (scores.get(a)?.score ?? -1));
    const start = (query.page - 1) * query.pageSize;
    return { ids: ranked.slice(start, start + query.pageSize), total, scores };
  };

  return {
    async list(kind: Role, rawQuery: unknown, viewer: Viewer) {
      const query = parseOrThrow(directoryQuerySchema, rawQuery, 'The search is not valid');
      const { ids, total, scores: ranked } = await pageOfIds(kind, query, viewer);
      const cards = await getService(strapi, 'profileCards').byDocumentId(kind, ids);
      const scores = ranked ?? (seesCompatibility(kind, viewer) ? await getService(strapi, 'suggestions').scoreFor(viewer.id, ids) : null);
      return {
        data: ids.flatMap((id) => {
          const card = cards.get(id);
          if (!card) return [];
          const score = scores?.get(id);
          return [{ ...card, ...(score ? { compatibility: score.score } : {}) }];
        }),
        meta: {
          pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
        },
      };
    },

    /** One profile, if listed — or the viewer's own. Anything else is a 404, like an unknown id. */
    async detail(kind: Role, documentId: string, viewer: Viewer) {
      const row = (await strapi.documents(PROFILE_UID[kind]).findOne({ documentId, populate: ['photo', 'user'] })) as (Record<string, any> & { id: number }) | null;
      const own = row?.user?.id === viewer.id;
      if (!row || (!own && !(await getService(strapi, 'directoryIndex').isListed(documentId)))) {
        throw notFound(`No ${kind} with this id`);
      }
      await getService(strapi, 'mentorCapacity').withHeldSlots(kind, [row]);
      const responsiveness = kind === 'mentor' ? (await getService(strapi, 'mentorResponsiveness').of([row.id])).get(row.id) : undefined;
      const score = seesCompatibility(kind, viewer) ? (await getService(strapi, 'suggestions').scoreFor(viewer.id, [documentId])).get(documentId) : undefined;
      return { ...participantView(kind, row), ...(responsiveness ? { responsiveness } : {}), ...(score ? verdict(score) : {}) };
    },
  };
};

export default directory;
