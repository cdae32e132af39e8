/**
 * What mentees do in the mentor directory, as GET /api/mentoring/mentors queries: browse, page
 * deep, type part of a word or two, narrow by facets, sort by the newest, mistype. Values are
 * among the common ones in the seeded data, so the filters keep hundreds of mentors, not a few.
 */
export const BROWSE_QUERIES = [
  { name: 'browse, page 1', query: {} },
  { name: 'browse, page 200', query: { page: 200 } },
  { name: 'q "prod" (prefix)', query: { q: 'prod' } },
  { name: 'q "product strategy"', query: { q: 'product strategy' } },
  { name: 'q "founder" + industry', query: { q: 'founder', industry: 'Technology' } },
  { name: 'industry', query: { industry: 'Financial Services' } },
  { name: 'function + location', query: { function: 'Product Management', location: 'New York' } },
  { name: 'program', query: { program: 'Sloan Fellows MBA' } },
  { name: 'sort=recent', query: { sort: 'recent' } },
  { name: 'q matching nothing', query: { q: 'xylophonist' } },
];

/** The queries loaded over HTTP: one of each kind, where the in-process figures differ most. */
export const HTTP_QUERIES = ['browse, page 1', 'q "product strategy"', 'function + location', 'browse, page 200'];

/** The directory's URL for `query`, as the site would ask for it. */
export function mentorsUrl(baseUrl, query) {
  const search = new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString();
  return `${baseUrl}/api/mentoring/mentors${search ? `?${search}` : ''}`;
}
