import type { Core } from '@strapi/strapi';
import { FAQS, PAGES, PROGRAM_INFO } from '../demo/editorial-content';

/**
 * Loads the demo program's editorial content into an empty database, published. Each type is
 * filled only while it is empty, so a second run adds nothing and staff edits are never overwritten.
 */
export async function loadDemoContent(strapi: Core.Strapi): Promise<{ faqs: number; pages: number; programInfo: boolean }> {
  const loaded = { faqs: 0, pages: 0, programInfo: false };

  if (!(await strapi.db.query('api::program-info.program-info').count())) {
    await strapi.documents('api::program-info.program-info').create({ data: PROGRAM_INFO as any, status: 'published' });
    loaded.programInfo = true;
  }
  if (!(await strapi.db.query('api::faq.faq').count())) {
    for (const faq of FAQS) {
      await strapi.documents('api::faq.faq').create({ data: faq as any, status: 'published' });
      loaded.faqs += 1;
    }
  }
  if (!(await strapi.db.query('api::page.page').count())) {
    for (const page of PAGES) {
      await strapi.documents('api::page.page').create({ data: page as any, status: 'published' });
      loaded.pages += 1;
    }
  }
  if (loaded.faqs || loaded.pages || loaded.programInfo) {
    strapi.log.info(`Demo content loaded: program info ${loaded.programInfo ? 'yes' : 'kept'}, ${loaded.faqs} FAQs, ${loaded.pages} pages`);
  }
  return loaded;
}
