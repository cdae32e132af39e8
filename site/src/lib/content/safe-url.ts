const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * An href we are willing to print, or undefined. Escaping does not make `javascript:` harmless, so
 * CMS links are limited to web, mail and phone links and to paths on this site.
 */
export function safeHref(raw: string): string | undefined {
  const href = raw.trim();
  if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//') && !href.includes('\\'))) return href;
  try {
    return LINK_SCHEMES.has(new URL(href).protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href);
}
