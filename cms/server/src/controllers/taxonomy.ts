import { taxonomyQuerySchema } from '../../../shared/contracts/directory';
import { ACADEMIC_PROGRAMS, pickList, searchTerms } from '../taxonomy';
import { badInput, parseOrThrow } from '../utils/errors';

/**
 * The curated terms for pick-lists and autocomplete (`kind` and `q`). Public: the sign-up and
 * profile forms need them, and they hold nothing personal.
 */
const taxonomyController = () => ({
  async find(ctx: any) {
    const query = parseOrThrow(taxonomyQuerySchema, ctx.query, 'The request is not valid');
    if (query.q !== undefined) {
      if (!query.kind) throw badInput('The request is not valid', [{ path: ['kind'], message: 'is needed to search terms with q' }]);
      ctx.body = { data: searchTerms(query.kind, query.q, query.limit) };
      return;
    }
    ctx.set('Cache-Control', 'public, max-age=3600');
    ctx.body = {
      data: {
        industries: pickList('industry'),
        functions: pickList('function'),
        expertise: pickList('expertise'),
        languages: pickList('language'),
        programs: ACADEMIC_PROGRAMS.map(({ id, label, name }) => ({ id, label, name })),
      },
    };
  },
});

export default taxonomyController;
