import type { Faq } from '../api';
import { uniqueSlugger } from './slugify';

export interface FaqEntry {
  faq: Faq;
  /** The question's anchor on /faq, stable while the question's wording is. */
  anchor: string;
}

export interface FaqGroup {
  category: string;
  anchor: string;
  entries: FaqEntry[];
}

const UNORDERED = Number.MAX_SAFE_INTEGER;
const rank = (faq: Faq) => faq.order ?? UNORDERED;

/**
 * FAQs by category. Categories come in the order of their first question (the smallest `order`
 * in them), so staff reorder the page by renumbering questions, not by naming categories.
 */
export function groupFaqsByCategory(faqs: readonly Faq[]): FaqGroup[] {
  const sorted = faqs.map((faq, index) => ({ faq, index })).sort((a, b) => rank(a.faq) - rank(b.faq) || a.index - b.index);
  const slug = uniqueSlugger();
  const groups = new Map<string, FaqGroup>();
  for (const { faq } of sorted) {
    let group = groups.get(faq.category);
    if (!group) {
      group = { category: faq.category, anchor: slug(`topic ${faq.category}`, 'topic'), entries: [] };
      groups.set(faq.category, group);
    }
    group.entries.push({ faq, anchor: slug(faq.question, 'question') });
  }
  return [...groups.values()];
}
