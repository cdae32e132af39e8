import { siteEnv } from '../env';

/**
 * The browser URL of an upload. Strapi's local upload provider answers with paths such as
 * "/uploads/x.jpg" on its own host; cloud providers with absolute https URLs.
 */
export function mediaUrl(url: string): string | undefined {
  try {
    const resolved = new URL(url, `${siteEnv().strapiUrl}/`);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
