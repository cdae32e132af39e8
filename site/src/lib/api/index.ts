/** The site's only door to Strapi: nothing outside this folder knows a CMS URL. */
export { contentCache, getFaqs, getPageBySlug, getProgramInfo, lastKnownContact, lastKnownProgramName } from './content';
export { mediaUrl } from './media';
export { CmsUnavailableError, ContentNotFoundError } from './errors';
export type { ReadOptions } from './strapi';
export type { Audience, Contact, Faq, Page, PageSection, ProgramInfo } from './schemas';
export type { Block, Blocks, InlineNode, ListBlock, ListItemNode, TextNode } from './blocks';
