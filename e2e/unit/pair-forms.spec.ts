import { expect, test } from '@playwright/test';
import { dueIn, refusalText } from '../../site/src/lib/pairs/display';
import { readContact, readEnd, readFeedback, readGoal, readMessage } from '../../site/src/lib/pairs/forms';

// The request and workspace forms, read before the CMS is asked, and the words around them.

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};
const NOW = new Date('2026-11-28T15:30:45.000Z');

test('the countdown is whole hours, then minutes, server-rendered', () => {
  expect(dueIn('2026-11-30T15:30:45.000Z', NOW)).toBe('answer due in 48 h');
  expect(dueIn('2026-11-29T22:59:00.000Z', NOW)).toBe('answer due in 31 h');
  expect(dueIn('2026-11-28T16:10:45.000Z', NOW)).toBe('answer due in 40 min');
  expect(dueIn('2026-11-28T15:00:00.000Z', NOW)).toBe('past its answer time');
});

test('a 409 code becomes a sentence that says what to do; an unknown one keeps the CMS’s words', () => {
  expect(refusalText('at_capacity', 'x')).toMatch(/no free place/);
  expect(refusalText('pending_limit', 'x')).toMatch(/3 requests/);
  expect(refusalText('something_new', 'The CMS says no.')).toBe('The CMS says no.');
  expect(refusalText(undefined, 'The CMS says no.')).toBe('The CMS says no.');
});

test('a goal needs a title and one of the three kinds', () => {
  expect(readGoal(form({ title: '  Land a PM internship plan ', category: 'career_management' })).input).toEqual({
    title: 'Land a PM internship plan',
    category: 'career_management',
  });
  const bad = readGoal(form({ title: '', category: 'fun' }));
  expect(bad.input).toBeNull();
  expect(Object.keys(bad.errors).sort()).toEqual(['category', 'title']);
});

test('a contact: blank time today is just now, another day noon; a typed time is used as UTC', () => {
  expect(readContact(form({ occurredOn: '2026-11-28', mode: 'video', minutes: '45' }), NOW).input).toEqual({
    occurredAt: '2026-11-28T15:30:45.000Z',
    mode: 'video',
    minutes: 45,
    notes: null,
  });
  expect(readContact(form({ occurredOn: '2026-12-03', mode: 'in_person' }), NOW).input?.occurredAt).toBe('2026-12-03T12:00:00Z');
  expect(readContact(form({ occurredOn: '2026-12-03', occurredTime: '18:15', mode: 'phone' }), NOW).input?.occurredAt).toBe('2026-12-03T18:15:00Z');
  const bad = readContact(form({ occurredOn: '03/12/2026', mode: 'carrier pigeon', minutes: '0' }), NOW);
  expect(bad.input).toBeNull();
  expect(Object.keys(bad.errors).sort()).toEqual(['minutes', 'mode', 'occurredAt']);
  expect(bad.values.minutes).toBe('0');
});

test('messages, feedback and an ending are checked for emptiness and length', () => {
  expect(readMessage(form({ body: '  Hi!  ' })).input).toBe('Hi!');
  expect(readMessage(form({ body: ' ' })).errors.body).toBeTruthy();
  expect(readFeedback(form({ rating: '4', comments: '' })).input).toEqual({ rating: 4, comments: null });
  expect(readFeedback(form({ rating: '6' })).errors.rating).toBeTruthy();
  expect(readEnd(form({ reason: '' })).errors.reason).toBeTruthy();
  expect(readEnd(form({ reason: 'x'.repeat(1001) })).errors.reason).toMatch(/1000/);
});
