import { errors } from '@strapi/utils';
import type { Role } from '../../../shared/contracts/profile';
import { ROLE_TYPE } from '../constants/uids';

export interface ParticipantPolicyConfig {
  /** Only these roles may call the route; any participant when omitted. */
  roles?: Role[];
}

const ROLE_BY_TYPE: Record<string, Role> = { [ROLE_TYPE.mentor]: 'mentor', [ROLE_TYPE.mentee]: 'mentee' };

/** The participant role of a users-permissions user, or null for anyone else. */
export const participantRole = (user: { role?: { type?: string } } | undefined | null): Role | null =>
  (user?.role?.type && ROLE_BY_TYPE[user.role.type]) || null;

/**
 * The one gate of every participant route: a logged-in mentor or mentee (401 otherwise), of the
 * role the route is for (403 otherwise). Ownership of profiles, requests and connections is then
 * decided by the services, which only ever load what belongs to `ctx.state.user`.
 */
export default (policyContext: any, config: ParticipantPolicyConfig = {}) => {
  const user = policyContext.state?.user;
  if (!user) throw new errors.UnauthorizedError('Log in to continue');
  const role = participantRole(user);
  if (!role) throw new errors.PolicyError('Only mentors and mentees can use the mentoring program');
  if (config.roles && !config.roles.includes(role)) {
    throw new errors.PolicyError(`Only ${config.roles.map((r) => `${r}s`).join(' and ')} can do this`);
  }
  return true;
};
