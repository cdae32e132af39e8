/**
 * Messages shown after a redirect (`?notice=saved`). Only these fixed texts: the address can
 * name a message but never supply its words.
 */
const NOTICES = {
  confirmed: 'Your email address is confirmed. Log in to get started.',
  'logged-out': 'You are logged out. See you soon.',
  'account-deleted': 'Your account and your data are deleted. Thank you for taking part.',
  'session-expired': 'Your session has ended. Please log in again.',
  'not-a-participant': 'This account is not a mentor or mentee account. Log in with your participant account.',
  'reset-sent': 'If an account uses that address, we have sent it a link to choose a new password. It may take a minute to arrive.',
  'password-changed': 'Your new password is set and you are logged in.',
  'confirmation-sent': 'If that address is waiting for confirmation, we have sent the link again.',
  saved: 'Saved.',
  imported: 'Your LinkedIn details are in your profile. Check them over.',
  'photo-saved': 'Your photo is updated.',
  'photo-removed': 'Your photo is removed.',
  'notice-given': 'Your leave date is recorded. Thank you for the notice.',
  'request-sent': 'Your request is sent. The mentor has 48 hours to answer; we email you either way.',
  'request-withdrawn': 'Your request is withdrawn.',
  'request-accepted': 'You accepted the request. Your connection is open: start by agreeing your goals.',
  'request-accepted-approval': 'You accepted the request. Program staff will approve the connection shortly.',
  'request-declined': 'You declined the request. The student is pointed to other mentors.',
  'proposal-confirmed': 'Thank you for confirming. We email you as soon as the other side confirms too.',
  'proposal-connected': 'You have both confirmed: your connection is open. Start by agreeing your goals.',
  'proposal-approval': 'You have both confirmed. Program staff will approve the connection shortly.',
  'proposal-declined': 'You declined the proposal. Thank you for answering: the other side is told.',
  'goal-proposed': 'Your goal is proposed. It counts once the other side agrees.',
  'goal-updated': 'The goal is updated.',
  'contact-logged': 'Your contact is logged.',
  'meeting-scheduled': 'The meeting is scheduled. You both get an email invitation with a calendar file.',
  'meeting-rescheduled': 'The meeting is moved. You both get an updated invitation.',
  'meeting-cancelled': 'The meeting is cancelled. You both get an email that removes it from your calendars.',
  'message-sent': 'Your message is sent.',
  'feedback-sent': 'Thank you for your feedback. Only program staff see it.',
  'connection-ended': 'The connection is ended. Thank you for taking part.',
  'preferences-saved': 'Your reminder preferences are saved.',
} as const;

export type NoticeCode = keyof typeof NOTICES;

export function noticeText(code: string | null | undefined): string | undefined {
  return code && Object.hasOwn(NOTICES, code) ? NOTICES[code as NoticeCode] : undefined;
}

/** `path` with `?notice=code` (or `&notice=code`) added. */
export function withNotice(path: string, code: NoticeCode): string {
  const url = new URL(path, 'http://site.invalid');
  url.searchParams.set('notice', code);
  return `${url.pathname}${url.search}${url.hash}`;
}
