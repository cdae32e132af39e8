/**
 * The peer of the directory: the same search written the way a Strapi developer would without our
 * index — one Document Service query with case-insensitive substring filters over the profile
 * columns, the JSON ones included, plus a count for the total. Same visibility rules, page size
 * and order as the directory, so the two are asked for the same page.
 */
const MENTOR = 'plugin::mentoring.mentor-profile';
const PAGE_SIZE = 20;
const SEARCHED = ['fullName', 'headline', 'bio', 'expertise', 'industries', 'functions', 'experience', 'location'];
const FILTERED = { industry: 'industries', function: 'functions', location: 'location', program: 'education' };
const SORT = { name: ['fullName:asc', 'documentId:asc'], recent: ['createdAt:desc', 'documentId:asc'] };

// The directory's "listed" (index-document.ts isListed) as filters.
const LISTED = {
  visibility: 'listed',
  reviewStatus: 'approved',
  availability: { $ne: 'withdrawn' },
  user: { confirmed: true, blocked: false },
};

function filtersFor(query) {
  const words = (query.q ?? '').split(/\s+/).filter(Boolean);
  return {
    $and: [
      LISTED,
      // Every word somewhere, as the directory matches words.
      ...words.map((word) => ({ $or: SEARCHED.map((field) => ({ [field]: { $containsi: word } })) })),
      ...Object.entries(FILTERED)
        .filter(([param]) => query[param])
        .map(([param, field]) => ({ [field]: { $containsi: query[param] } })),
    ],
  };
}

export async function naiveMentorSearch(strapi, query) {
  const documents = strapi.documents(MENTOR);
  const filters = filtersFor(query);
  const page = query.page ?? 1;
  const [rows, total] = await Promise.all([
    documents.findMany({ filters, sort: SORT[query.sort ?? 'name'], start: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE, populate: ['photo'] }),
    documents.count({ filters }),
  ]);
  return { ids: rows.map((row) => row.documentId), total };
}
