const PLACEHOLDER_ORIGIN = 'http://site.invalid';

/**
 * The path to send a visitor to (after a preview switch, after logging in), or null when `raw`
 * could lead off the site (`//evil.example`, `/\evil.example`, `https://…`, control characters):
 * no open redirect.
 */
export function sameSitePath(raw: string | null): string | null {
  if (!raw || raw.length > 2000 || !raw.startsWith('/')) return null;
  if (raw.startsWith('//') || raw.includes('\\') || /[\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
