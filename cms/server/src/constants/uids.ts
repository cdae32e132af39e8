/** The one place that knows each content-type uid the plugin uses. */
export const UID = {
  program: 'plugin::mentoring.program',
  mentorProfile: 'plugin::mentoring.mentor-profile',
  menteeProfile: 'plugin::mentoring.mentee-profile',
  matchingRun: 'plugin::mentoring.matching-run',
  mentorshipRequest: 'plugin::mentoring.mentorship-request',
  connection: 'plugin::mentoring.connection',
  goal: 'plugin::mentoring.goal',
  interaction: 'plugin::mentoring.interaction',
  message: 'plugin::mentoring.message',
  feedback: 'plugin::mentoring.feedback',
  notification: 'plugin::mentoring.notification',
  jobLease: 'plugin::mentoring.job-lease',
  user: 'plugin::users-permissions.user',
  role: 'plugin::users-permissions.role',
  permission: 'plugin::users-permissions.permission',
} as const;

export const PROFILE_UID = { mentor: UID.mentorProfile, mentee: UID.menteeProfile } as const;

/** users-permissions role types of the two participant roles. */
export const ROLE_TYPE = { mentor: 'mentor', mentee: 'mentee' } as const;
