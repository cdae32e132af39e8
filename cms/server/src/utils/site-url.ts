/** The site's public URL (SITE_URL), without a trailing slash: emails and pages link into it. */
export const siteUrl = () => (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');
