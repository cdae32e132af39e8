/** Shared by the workflow's integration tests: the content types they create, and time travel. */
export const UID = {
  request: 'plugin::mentoring.mentorship-request',
  connection: 'plugin::mentoring.connection',
  interaction: 'plugin::mentoring.interaction',
  goal: 'plugin::mentoring.goal',
  notification: 'plugin::mentoring.notification',
  mentor: 'plugin::mentoring.mentor-profile',
  mentee: 'plugin::mentoring.mentee-profile',
  program: 'plugin::mentoring.program',
} as const;

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const plus = (date: Date, ms: number): Date => new Date(date.getTime() + ms);
