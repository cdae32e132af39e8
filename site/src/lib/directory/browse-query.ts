import { directoryQuerySchema, type DirectoryQuery, type Role } from '../api';

/**
 * The mentor search as the browse page's address holds it (`?q=…&industry=…&page=2`). Each
 * parameter is checked with the API's own rule and dropped when it fails, so a hand-edited
 * address shows a page instead of an error.
 */
export type Sort = 'compatibility' | 'name' | 'recent';

export interface BrowseQuery {
  q: string;
  industry: string;
  function: string;
  location: string;
  sort: Sort;
  page: number;
}

export const PAGE_SIZE = 12;
const FILTERS = ['q', 'industry', 'function', 'location'] as const;

/** The orders a viewer may choose: compatibility is for mentees, who see a percentage on every mentor. */
export const sortsFor = (role: Role): Sort[] => (role === 'mentee' ? ['compatibility', 'name', 'recent'] : ['name', 'recent']);

export function readBrowseQuery(params: URLSearchParams, role: Role): BrowseQuery {
  const shape = directoryQuerySchema.shape;
  const filter = (name: (typeof FILTERS)[number]) => {
    const parsed = shape[name].safeParse(params.get(name) ?? undefined);
    return parsed.success ? (parsed.data ?? '') : '';
  };
  const sorts = sortsFor(role);
  const sort = sorts.find((candidate) => candidate === params.get('sort')) ?? sorts[0]!;
  const page = shape.page.safeParse(params.get('page') ?? undefined);
  return { q: filter('q'), industry: filter('industry'), function: filter('function'), location: filter('location'), sort, page: page.success ? page.data : 1 };
}

/** Whether the visitor narrowed the list (then suggestions make way for results). */
export const isFiltered = (query: BrowseQuery) => FILTERS.some((name) => query[name] !== '');

/** The API call for this page of results. */
export const toDirectoryQuery = (query: BrowseQuery): DirectoryQuery => ({
  q: query.q || undefined,
  industry: query.industry || undefined,
  function: query.function || undefined,
  location: query.location || undefined,
  sort: query.sort,
  page: query.page,
  pageSize: PAGE_SIZE,
});

/** The address of the same search with some parameters changed (pagination links). */
export function browseHref(query: BrowseQuery, changes: Partial<BrowseQuery>, path = '/portal/mentors'): string {
  const merged = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const name of FILTERS) if (merged[name]) params.set(name, merged[name]);
  params.set('sort', merged.sort);
  if (merged.page > 1) params.set('page', String(merged.page));
  return `${path}?${params.toString()}`;
}
