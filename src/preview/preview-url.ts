/** Where the site shows a document of each previewable content type, by its fields. */
const PATHS: Record<string, (doc: { slug?: string | null }) => string | null> = {
  'api::faq.faq': () => '/faq',
  'api::program-info.program-info': () => '/',
  'api::page.page': (doc) => (doc.slug ? `/pages/${doc.slug}` : null),
};

export interface PreviewRequest {
  siteUrl: string;
  secret: string;
  uid: string;
  documentId: string;
  status: 'draft' | 'published';
}

/**
 * The URL of the site's preview endpoint for one document, or null when the type has no page.
 * The site checks the secret, turns on draft mode in a cookie and redirects to the page.
 */
export async function previewUrl(request: PreviewRequest): Promise<string | null> {
  const toPath = PATHS[request.uid];
  if (!toPath) return null;
  const document = request.uid === 'api::page.page'
    ? await strapi.documents('api::page.page').findOne({ documentId: request.documentId, status: request.status })
    : {};
  const path = document ? toPath(document as { slug?: string | null }) : null;
  if (!path) return null;
  const params = new URLSearchParams({ secret: request.secret, path, status: request.status });
  return `${request.siteUrl.replace(/\/$/, '')}/api/preview?${params.toString()}`;
}
