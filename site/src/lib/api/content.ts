import { siteEnv } from '../env';
import { TtlCache } from './cache';
import { CmsUnavailableError, ContentNotFoundError } from './errors';
import { FaqList, PageList, ProgramInfoSingle, type Contact, type Faq, type Page, type ProgramInfo } from './schemas';
import { readStrapi, type ReadOptions } from './strapi';

/** Published content, shared by every visitor; emptied by the CMS webhook (/api/revalidate). */
export const contentCache = new TtlCache();

/** Kept so the "temporarily unavailable" page can still say whom to contact. */
let lastProgramInfo: ProgramInfo | undefined;

const MAX_PAGE_SIZE = 100; // Strapi's configured maxLimit

function read<T>(key: string, options: ReadOptions, load: () => Promise<T>): Promise<T> {
  return options.draft ? load() : contentCache.get(key, siteEnv().contentCacheSeconds, load);
}

/** Every FAQ, in editorial order (`order`, then creation). */
export function getFaqs(options: ReadOptions): Promise<Faq[]> {
  return read('faqs', options, async () => {
    const faqs: Faq[] = [];
    for (let page = 1; ; page += 1) {
      const query = new URLSearchParams({
        'sort[0]': 'order:asc',
        'sort[1]': 'id:asc',
        'pagination[page]': String(page),
        'pagination[pageSize]': String(MAX_PAGE_SIZE),
      });
      const body = await readStrapi('/api/faqs', query, FaqList, options);
      if (!body) throw new CmsUnavailableError('/api/faqs', 'HTTP 404: the FAQ type is not exposed');
      faqs.push(...body.data);
      if (page >= body.meta.pagination.pageCount) return faqs;
    }
  });
}

/** The program's name, introduction, contact and expectations (a single type every page needs). */
export function getProgramInfo(options: ReadOptions): Promise<ProgramInfo> {
  return read('program-info', options, async () => {
    const query = new URLSearchParams({ populate: '*' });
    const body = await readStrapi('/api/program-info', query, ProgramInfoSingle, options);
    // Without it no page can be drawn: to visitors that is an outage, not a missing page.
    if (!body?.data) throw new CmsUnavailableError('/api/program-info', 'program info is not published');
    if (!options.draft) lastProgramInfo = body.data;
    return body.data;
  });
}

const PAGE_POPULATE = {
  'populate[body][on][blocks.rich-text]': 'true',
  'populate[body][on][blocks.call-to-action]': 'true',
  'populate[body][on][blocks.expectations-list][populate][items]': 'true',
};

/** Strapi's uid alphabet; anything else cannot be a page, so the CMS is not asked. */
const SLUG = /^[A-Za-z0-9\-_.~]{1,200}$/;

export function getPageBySlug(slug: string, options: ReadOptions): Promise<Page> {
  if (!SLUG.test(slug)) return Promise.reject(new ContentNotFoundError(`page "${slug}"`));
  return read(`page:${slug}`, options, async () => {
    const query = new URLSearchParams({ 'filters[slug][$eq]': slug, ...PAGE_POPULATE });
    const page = (await readStrapi('/api/pages', query, PageList, options))?.data[0];
    if (!page) throw new ContentNotFoundError(`page "${slug}"`);
    return page;
  });
}

/** The contact from the last successful read, or the configured fallback when there was none. */
export function lastKnownContact(): Contact {
  return lastProgramInfo?.contact ?? { name: 'The mentoring program office', email: siteEnv().fallbackContactEmail };
}

export function lastKnownProgramName(): string | undefined {
  return lastProgramInfo?.programName;
}
