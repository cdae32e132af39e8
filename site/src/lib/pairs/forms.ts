import { CONTACT_MODES, GOAL_CATEGORIES, type ContactInput, type GoalInput } from '../api';
import type { FormErrors } from '../forms/errors';
import { choice, text, wholeNumber, type Form } from '../forms/values';

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
 * Date and time (UTC) into `occurredAt`; a future one is a meeting the API schedules. A blank time
 * means "just now" for today (two clicks to log a call that just ended) and noon for other days.
 */
export function readContact(form: Form, now: Date = new Date()): Reading<ContactInput> {
  const occurredOn = text(form, 'occurredOn');
  const typedTime = text(form, 'occurredTime');
  const today = now.toISOString().slice(0, 10);
  const occurredTime = typedTime || (occurredOn === today ? now.toISOString().slice(11, 16) : '12:00');
  const mode = choice(form, 'mode', CONTACT_MODES);
  const minutes = wholeNumber(form, 'minutes');
  const notes = text(form, 'notes');
  const errors: FormErrors = {};
  let occurredAt = '';
  if (!DATE.test(occurredOn) || Number.isNaN(Date.parse(`${occurredOn}T00:00:00Z`))) errors.occurredAt = 'Give the date as YYYY-MM-DD.';
  else if (!TIME.test(occurredTime)) errors.occurredAt = 'Give the time as HH:MM, 24-hour.';
  else occurredAt = !typedTime && occurredOn === today ? now.toISOString() : `${occurredOn}T${occurredTime}:00Z`;
  if (!mode) errors.mode = 'Choose how you met or talked.';
  if (!minutes.ok || (minutes.value !== null && (minutes.value < 1 || minutes.value > 1440))) errors.minutes = 'Give the length in minutes, from 1 to 1440.';
  if (notes.length > 5000) errors.notes = 'Keep the notes to 5000 characters.';
  const values = { occurredOn, occurredTime: typedTime, mode: mode ?? '', minutes: minutes.ok ? String(minutes.value ?? '') : minutes.raw, notes };
  return done({ occurredAt, mode: mode!, minutes: minutes.ok ? minutes.value : null, notes: notes || null }, errors, values);
}

export function readMessage(form: Form): Reading<string> {
  const body = text(form, 'body');
  const errors: FormErrors = {};
  if (!body) errors.body = 'Write a message first.';
  else if (body.length > 5000) errors.body = 'Keep a message to 5000 characters.';
  return done(body, errors, { body });
}

export function readFeedback(form: Form): Reading<{ rating: number; comments: string | null }> {
  const rating = Number(text(form, 'rating'));
  const comments = text(form, 'comments');
  const errors: FormErrors = {};
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) errors.rating = 'Choose a rating from 1 to 5.';
  if (comments.length > 2000) errors.comments = 'Keep the comments to 2000 characters.';
  return done({ rating, comments: comments || null }, errors, { rating: text(form, 'rating'), comments });
}

export function readEnd(form: Form): Reading<string> {
  const reason = text(form, 'reason');
  const errors: FormErrors = {};
  if (!reason) errors.reason = 'Say in a few words why the connection ends.';
  else if (reason.length > 1000) errors.reason = 'Keep the reason to 1000 characters.';
  return done(reason, errors, { reason });
}
