import { expect, test } from '@playwright/test';
import { TtlCache } from '../../site/src/lib/api/cache';
import type { Faq, ListBlock } from '../../site/src/lib/api';
import { groupFaqsByCategory } from '../../site/src/lib/content/faq-groups';
import { nestListEntries } from '../../site/src/lib/content/list-items';
import { safeHref } from '../../site/src/lib/content/safe-url';
import { slugify } from '../../site/src/lib/content/slugify';
import { isDraftCookieValid, issueDraftCookie } from '../../site/src/lib/preview/draft-cookie';
import { sameSitePath } from '../../site/src/lib/same-site-path';

// The site's pure rules, checked without a browser or a server.

test('preview redirects stay on the site', () => {
  expect(sameSitePath('/faq')).toBe('/faq');
  expect(sameSitePath('/pages/confidentiality?x=1#top')).toBe('/pages/confidentiality?x=1#top');
  for (const offSite of [null, '', 'faq', '//evil.example', '/\\evil.example', 'https://evil.example', '/%0d%0aSet-Cookie:x', '/\nx']) {
    const path = sameSitePath(offSite);
    expect(path === null || (path.startsWith('/') && !path.startsWith('//')), String(offSite)).toBe(true);
  }
  expect(sameSitePath('//evil.example')).toBeNull();
  expect(sameSitePath('/\\evil.example')).toBeNull();
  expect(sameSitePath('https://evil.example')).toBeNull();
});

test('the draft cookie is accepted only when signed with the secret and not expired', () => {
  const now = Date.UTC(2026, 0, 1);
  const cookie = issueDraftCookie('secret-a', now);
  expect(isDraftCookieValid(cookie, 'secret-a', now)).toBe(true);
  expect(isDraftCookieValid(cookie, 'secret-b', now)).toBe(false);
  expect(isDraftCookieValid(cookie, 'secret-a', now + 3 * 60 * 60 * 1000)).toBe(false);
  expect(isDraftCookieValid('1', 'secret-a', now)).toBe(false);
  expect(isDraftCookieValid(cookie, '', now)).toBe(false);
  const [expires, signature] = cookie.split('.');
  expect(isDraftCookieValid(`${Number(expires) + 1}.${signature}`, 'secret-a', now)).toBe(false);
});

test('CMS links are limited to web, mail, phone and on-site addresses', () => {
  for (const ok of ['https://example.edu', 'http://example.edu/x', 'mailto:a@example.edu', 'tel:+15550100', '/faq', '#top']) {
    expect(safeHref(ok), ok).toBe(ok);
  }
  for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', '//evil.example', 'vbscript:x', 'not a url']) {
    expect(safeHref(bad), bad).toBeUndefined();
  }
});

const faq = (question: string, category: string, order: number | null): Faq => ({
  documentId: question,
  question,
  category,
  order,
  answer: [],
});

test('FAQ categories follow their smallest order, questions get unique anchors', () => {
  const groups = groupFaqsByCategory([
    faq('Why join?', 'Why join', 7),
    faq('What is it?', 'About', 1),
    faq('Who to contact?', 'About', 10),
    faq('How long?', 'Time', 6),
    faq('What is it?', 'Time', null),
  ]);
  expect(groups.map((group) => group.category)).toEqual(['About', 'Time', 'Why join']);
  expect(groups[0]?.entries.map((entry) => entry.faq.question)).toEqual(['What is it?', 'Who to contact?']);
  expect(groups[1]?.entries.map((entry) => entry.anchor)).toEqual(['how-long', 'what-is-it-2']);
  expect(slugify('What is the Alumni–Student Mentoring Program?')).toBe('what-is-the-alumni-student-mentoring-program');
  expect(slugify('Études à l’étranger')).toBe('etudes-a-l-etranger');
});

test('a nested list moves inside the item before it', () => {
  const item = (text: string) => ({ type: 'list-item' as const, children: [{ type: 'text' as const, text }] });
  const nested: ListBlock = { type: 'list', format: 'unordered', children: [item('a.1')] };
  const entries = nestListEntries([nested, item('a'), nested, item('b')]);
  expect(entries.map((entry) => [entry.item?.children[0], entry.sublists.length])).toEqual([
    [undefined, 1],
    [{ type: 'text', text: 'a' }, 1],
    [{ type: 'text', text: 'b' }, 0],
  ]);
});

test('the content cache shares one load, expires, forgets failures and clears', async () => {
  const cache = new TtlCache();
  let loads = 0;
  const load = async () => ++loads;
  expect(await Promise.all([cache.get('k', 60, load), cache.get('k', 60, load)])).toEqual([1, 1]);
  cache.clear();
  expect(await cache.get('k', 60, load)).toBe(2);
  expect(await cache.get('zero-ttl', 0, load)).toBe(3);
  expect(await cache.get('zero-ttl', 0, load)).toBe(4);
  expect(await cache.get('short', 0.05, load)).toBe(5);
  await new Promise((resolve) => setTimeout(resolve, 80));
  expect(await cache.get('short', 0.05, load)).toBe(6);

  await expect(cache.get('failing', 60, () => Promise.reject(new Error('down')))).rejects.toThrow('down');
  expect(await cache.get('failing', 60, load)).toBe(7);
});
