import { CONTACT_MODES, FEEDBACK_MOMENTS, GOAL_CATEGORIES, type ContactInput, type FeedbackMoment, type GoalInput } from '../api';
import { FORM, type FormErrors } from '../forms/errors';
import { choice, text, wholeNumber, type Form } from '../forms/values';
import { instantOf, wallClock, zoneName } from '../time/zone';

/**
 * The workspace's forms, read and checked before the CMS is asked: each reader gives what to send
 * (or null), the problems by field (the API's field names) and the values to show again.
 */
export interface Reading<T> {
  input: T | null;
  errors: FormErrors;
  values: Record<string, string>;
}

function done<T>(input: T, errors: FormErrors, values: Record<string, string>): Reading<T> {
  return Object.keys(errors).length > 0 ? { input: null, errors, values } : { input, errors, values };
}

export function readGoal(form: Form): Reading<GoalInput> {
  const title = text(form, 'title');
  const category = choice(form, 'category', GOAL_CATEGORIES);
  const description = text(form, 'description');
  const errors: FormErrors = {};
  if (!title) errors.title = 'Name the goal in a few words.';
  else if (title.length > 200) errors.title = 'Keep the goal to 200 characters.';
  if (!category) errors.category = 'Choose what kind of goal it is.';
  if (description.length > 2000) errors.description = 'Keep the description to 2000 characters.';
  const values = { title, category: category ?? '', description };
  return done({ title, category: category!, ...(description ? { description } : {}) }, errors, values);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A date and time typed in the participant's zone, as the instant it names, or the problem and the
 * field it belongs to: `occurredOn` or `occurredTime` when malformed, `occurredAt` (the API's name
 * for both together) when the clocks skip that time in the zone.
 */
function readWhen(date: string, time: string, zone: string): { at: Date } | { field: string; problem: string } {
  if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return { field: 'occurredOn', problem: 'Give the date as YYYY-MM-DD.' };
  if (!TIME.test(time)) return { field: 'occurredTime', problem: 'Give the time as HH:MM, 24-hour.' };
  const at = instantOf(date, time, zone);
  if (!at) return { field: 'occurredAt', problem: `${time} does not exist on ${date} in ${zoneName(zone)}: the clocks change. Choose another time.` };
  return { at };
}

/**
 * Date and time, in the participant's zone, into `occurredAt`; a future one is a meeting the API
 * schedules. A blank time means "just now" for today (two clicks to log a call that just ended)
 * and noon for other days.
 */
export function readContact(form: Form, zone: string, now: Date = new Date()): Reading<ContactInput> {
  const occurredOn = text(form, 'occurredOn');
  const typedTime = text(form, 'occurredTime');
  const today = wallClock(now, zone).date;
  const justNow = !typedTime && occurredOn === today;
  const mode = choice(form, 'mode', CONTACT_MODES);
  const minutes = wholeNumber(form, 'minutes');
  const notes = text(form, 'notes');
  const errors: FormErrors = {};
  let occurredAt = '';
  if (justNow) {
    occurredAt = now.toISOString();
  } else {
    const when = readWhen(occurredOn, typedTime || '12:00', zone);
    if ('problem' in when) errors[when.field] = when.problem;
    else occurredAt = when.at.toISOString();
  }
  if (!mode) errors.mode = 'Choose how you met or talked.';
  if (!minutes.ok || (minutes.value !== null && (minutes.value < 1 || minutes.value > 1440))) errors.minutes = 'Give the length in minutes, from 1 to 1440.';
  if (notes.length > 5000) errors.notes = 'Keep the notes to 5000 characters.';
  const values = { occurredOn, occurredTime: typedTime, mode: mode ?? '', minutes: minutes.ok ? String(minutes.value ?? '') : minutes.raw, notes };
  return done({ occurredAt, mode: mode!, minutes: minutes.ok ? minutes.value : null, notes: notes || null }, errors, values);
}

export interface RescheduleInput {
  meeting: string;
  occurredAt: string;
  minutes: number | null;
}

/** A new date and time (both needed) and length for an upcoming meeting, in the participant's zone; it must stay ahead. */
export function readReschedule(form: Form, zone: string, now: Date = new Date()): Reading<RescheduleInput> {
  const meeting = text(form, 'meeting');
  const occurredOn = text(form, 'occurredOn');
  const occurredTime = text(form, 'occurredTime');
  const minutes = wholeNumber(form, 'minutes');
  const errors: FormErrors = {};
  let occurredAt = '';
  const when = readWhen(occurredOn, occurredTime, zone);
  if ('problem' in when) errors[when.field] = when.problem;
  else if (when.at.getTime() <= now.getTime()) errors.occurredAt = 'Choose a time that is still ahead: a meeting moves to the future.';
  else occurredAt = when.at.toISOString();
  if (!minutes.ok || (minutes.value !== null && (minutes.value < 1 || minutes.value > 1440))) errors.minutes = 'Give the length in minutes, from 1 to 1440.';
  if (!meeting) errors[FORM] = 'This form could not be understood. Please reload the page.';
  const values = { meeting, occurredOn, occurredTime, minutes: minutes.ok ? String(minutes.value ?? '') : minutes.raw };
  return done({ meeting, occurredAt, minutes: minutes.ok ? minutes.value : null }, errors, values);
}

export function readMessage(form: Form): Reading<string> {
  const body = text(form, 'body');
  const errors: FormErrors = {};
  if (!body) errors.body = 'Write a message first.';
  else if (body.length > 5000) errors.body = 'Keep a message to 5000 characters.';
  return done(body, errors, { body });
}

export interface FeedbackInput {
  moment: FeedbackMoment;
  rating: number;
  comments: string | null;
}

/** One of the feedback forms: which moment it is for (a hidden field), the rating and comments. */
export function readFeedback(form: Form): Reading<FeedbackInput> {
  const named = text(form, 'moment');
  const moment = named ? choice(form, 'moment', FEEDBACK_MOMENTS) : 'ad_hoc';
  const rating = Number(text(form, 'rating'));
  const comments = text(form, 'comments');
  const errors: FormErrors = {};
  if (!moment) errors[FORM] = 'This form could not be understood. Please reload the page.';
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) errors.rating = 'Choose a rating from 1 to 5.';
  if (comments.length > 2000) errors.comments = 'Keep the comments to 2000 characters.';
  return done({ moment: moment!, rating, comments: comments || null }, errors, { moment: named, rating: text(form, 'rating'), comments });
}

export function readEnd(form: Form): Reading<string> {
  const reason = text(form, 'reason');
  const errors: FormErrors = {};
  if (!reason) errors.reason = 'Say in a few words why the connection ends.';
  else if (reason.length > 1000) errors.reason = 'Keep the reason to 1000 characters.';
  return done(reason, errors, { reason });
}

/** Declining a program proposal: the reason is optional, and an empty one is sent as none. */
export function readProposalDecline(form: Form): Reading<string | null> {
  const reason = text(form, 'reason');
  const errors: FormErrors = {};
  if (reason.length > 1000) errors.reason = 'Keep the reason to 1000 characters.';
  return done(reason || null, errors, { reason });
}
