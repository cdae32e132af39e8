/** What scripts/e2e.mjs tells the tests about the servers it started. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`npm run test:e2e\``);
  return value;
}

export const e2eEnv = {
  get siteUrl() {
    return required('E2E_SITE_URL');
  },
  get strapiUrl() {
    return required('E2E_STRAPI_URL');
  },
  get siteWithoutCmsUrl() {
    return required('E2E_SITE_WITHOUT_CMS_URL');
  },
  get fallbackContactEmail() {
    return required('E2E_FALLBACK_CONTACT_EMAIL');
  },
  get admin() {
    return { email: required('E2E_ADMIN_EMAIL'), password: required('E2E_ADMIN_PASSWORD') };
  },
  get previewSecret() {
    return required('E2E_PREVIEW_SECRET');
  },
  get revalidateSecret() {
    return required('E2E_REVALIDATE_SECRET');
  },
  /** Where Strapi's mail capture writes this run's messages, one .eml file each. */
  get mailDir() {
    return required('E2E_MAIL_DIR');
  },
};
