/**
 * The plugin's own request contracts (cms/shared/contracts), so the site's forms use the very rules
 * and types the API enforces instead of copies that drift. Only this file knows where they live.
 */
export { signupSchema } from '../../../../cms/shared/contracts/account';
export { directoryQuerySchema } from '../../../../cms/shared/contracts/directory';
export { MEETING_PREFERENCES, MIN_YEAR, MAX_YEAR } from '../../../../cms/shared/contracts/profile';
export type { MenteeProfileInput, MentorProfileInput, Role } from '../../../../cms/shared/contracts/profile';
