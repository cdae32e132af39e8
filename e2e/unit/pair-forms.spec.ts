import { expect, test } from '@playwright/test';
import { dueIn, refusalText } from '../../site/src/lib/pairs/display';
import { readContact, readEnd, readFeedback, readGoal, readMessage, readProposalDecline, readReschedule } from '../../site/src/lib/pairs/forms';
import { confirmationLine, declineReason, endedAsProposal, endedProposalLine, proposalRefusalText } from '../../site/src/lib/pairs/proposals';
import { freePlacesLine, replyTimeLine } from '../../site/src/lib/profile/display';
import { instantOf, participantZone, wallClock, whenIn, zoneName } from '../../site/src/lib/time/zone';

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

test('a contact in UTC: blank time today is just now, another day noon; a typed time is used', () => {
  expect(readContact(form({ occurredOn: '2026-11-28', mode: 'video', minutes: '45' }), 'UTC', NOW).input).toEqual({
    occurredAt: '2026-11-28T15:30:45.000Z',
    mode: 'video',
    minutes: 45,
    notes: null,
  });
  expect(readContact(form({ occurredOn: '2026-12-03', mode: 'in_person' }), 'UTC', NOW).input?.occurredAt).toBe('2026-12-03T12:00:00.000Z');
  expect(readContact(form({ occurredOn: '2026-12-03', occurredTime: '18:15', mode: 'phone' }), 'UTC', NOW).input?.occurredAt).toBe('2026-12-03T18:15:00.000Z');
  const bad = readContact(form({ occurredOn: '03/12/2026', mode: 'carrier pigeon', minutes: '0' }), 'UTC', NOW);
  expect(bad.input).toBeNull();
  expect(Object.keys(bad.errors).sort()).toEqual(['minutes', 'mode', 'occurredOn']);
  expect(bad.values.minutes).toBe('0');
});

test('messages, feedback and an ending are checked for emptiness and length', () => {
  expect(readMessage(form({ body: '  Hi!  ' })).input).toBe('Hi!');
  expect(readMessage(form({ body: ' ' })).errors.body).toBeTruthy();
  expect(readFeedback(form({ rating: '4', comments: '' })).input).toEqual({ moment: 'ad_hoc', rating: 4, comments: null });
  expect(readFeedback(form({ rating: '6' })).errors.rating).toBeTruthy();
  expect(readEnd(form({ reason: '' })).errors.reason).toBeTruthy();
  expect(readEnd(form({ reason: 'x'.repeat(1001) })).errors.reason).toMatch(/1000/);
});

test('a contact is typed in the participant’s zone: New York’s 09:00 is 14:00 UTC in winter, 13:00 in summer', () => {
  const zone = 'America/New_York';
  expect(readContact(form({ occurredOn: '2026-12-03', occurredTime: '09:00', mode: 'video' }), zone, NOW).input?.occurredAt).toBe('2026-12-03T14:00:00.000Z');
  expect(readContact(form({ occurredOn: '2026-07-03', occurredTime: '09:00', mode: 'video' }), zone, NOW).input?.occurredAt).toBe('2026-07-03T13:00:00.000Z');
  // "Today" is New York's today: at 02:00 UTC on 29 November it is still the 28th there.
  const lateEvening = new Date('2026-11-29T02:00:00.000Z');
  expect(readContact(form({ occurredOn: '2026-11-28', mode: 'phone' }), zone, lateEvening).input?.occurredAt).toBe(lateEvening.toISOString());
  // The hour the clocks skip (8 March 2026, 02:00–03:00 in New York) is refused, naming the zone.
  const skipped = readContact(form({ occurredOn: '2026-03-08', occurredTime: '02:30', mode: 'video' }), zone, NOW);
  expect(skipped.input).toBeNull();
  expect(skipped.errors.occurredAt).toMatch(/does not exist .* America\/New York/);
});

test('a meeting moves to a date and time ahead, both needed, in the participant’s zone', () => {
  const zone = 'Europe/Paris';
  expect(readReschedule(form({ meeting: 'abc123', occurredOn: '2026-12-10', occurredTime: '18:30', minutes: '45' }), zone, NOW).input).toEqual({
    meeting: 'abc123',
    occurredAt: '2026-12-10T17:30:00.000Z',
    minutes: 45,
  });
  expect(readReschedule(form({ meeting: 'abc123', occurredOn: '2026-12-10', occurredTime: '18:30', minutes: '' }), zone, NOW).input?.minutes).toBeNull();
  const past = readReschedule(form({ meeting: 'abc123', occurredOn: '2026-11-01', occurredTime: '10:00' }), zone, NOW);
  expect(past.errors.occurredAt).toMatch(/still ahead/);
  const blank = readReschedule(form({ meeting: 'abc123', occurredOn: '2026-12-10', occurredTime: '', minutes: '2000' }), zone, NOW);
  expect(Object.keys(blank.errors).sort()).toEqual(['minutes', 'occurredTime']);
  expect(blank.values).toMatchObject({ occurredOn: '2026-12-10', occurredTime: '', minutes: '2000' });
});

test('each feedback form names its moment; an unknown one is refused, none means other feedback', () => {
  expect(readFeedback(form({ moment: 'fit_check', rating: '5', comments: ' Great fit ' })).input).toEqual({ moment: 'fit_check', rating: 5, comments: 'Great fit' });
  expect(readFeedback(form({ moment: 'midpoint', rating: '3' })).input?.moment).toBe('midpoint');
  expect(readFeedback(form({ moment: 'end', rating: '4' })).input?.moment).toBe('end');
  const forged = readFeedback(form({ moment: 'whenever', rating: '4' }));
  expect(forged.input).toBeNull();
  expect(forged.errors['']).toMatch(/could not be understood/);
});

test('times are shown in the participant’s zone, else the cohort’s, else UTC, and the zone is named', () => {
  expect(participantZone(null, 'America/New_York')).toBe('America/New_York');
  expect(participantZone('Asia/Kolkata', 'America/New_York')).toBe('Asia/Kolkata');
  expect(participantZone('Mars/Olympus', undefined)).toBe('UTC');
  expect(whenIn('2026-12-03T14:00:00.000Z', 'America/New_York')).toBe('3 Dec 2026, 09:00');
  expect(wallClock(new Date('2026-12-03T23:30:00.000Z'), 'Asia/Kolkata')).toEqual({ date: '2026-12-04', time: '05:00' });
  expect(zoneName('America/New_York', NOW)).toBe('America/New York (UTC−05:00)');
  expect(zoneName('Asia/Kolkata', NOW)).toBe('Asia/Kolkata (UTC+05:30)');
  expect(zoneName('UTC')).toBe('UTC');
  // The repeated hour when summer time ends takes its first pass.
  expect(instantOf('2026-11-01', '01:30', 'America/New_York')?.toISOString()).toBe('2026-11-01T05:30:00.000Z');
});

test('a mentor’s responsiveness in words: reply time rounded up, new mentors, free places', () => {
  expect(replyTimeLine({ typicalReplyHours: 0.4 })).toBe('Usually replies within an hour');
  expect(replyTimeLine({ typicalReplyHours: 4.2 })).toBe('Usually replies within 5 hours');
  expect(replyTimeLine({ typicalReplyHours: 20 })).toBe('Usually replies within 20 hours');
  expect(replyTimeLine({ typicalReplyHours: 24 })).toBe('Usually replies within a day');
  expect(replyTimeLine({ typicalReplyHours: 30 })).toBe('Usually replies within 2 days');
  expect(replyTimeLine({ typicalReplyHours: null })).toMatch(/^New mentor: too few answered requests/);
  expect(replyTimeLine({ typicalReplyHours: null }, true)).toBe('New mentor');
  expect(replyTimeLine(undefined)).toBeNull();
  expect(freePlacesLine(2)).toBe('2 places free');
  expect(freePlacesLine(1)).toBe('1 place free');
  expect(freePlacesLine(0)).toBe('No place free');
  expect(freePlacesLine(null)).toBe('No limit on mentees');
  expect(freePlacesLine(undefined)).toBeNull();
});

test('a program proposal in words: who has confirmed, what became of it, and its refusals', () => {
  const proposal = { compatibility: 80, reasons: [], confirmedByMentee: true, confirmedByMentor: false, respondBy: '2026-11-30T12:00:00.000Z' };
  expect(confirmationLine(proposal, 'mentee', 'Rae')).toBe('You have confirmed. Waiting for Rae to confirm.');
  expect(confirmationLine(proposal, 'mentor', 'Avery')).toBe('Avery has confirmed. Your answer is the last one needed.');
  expect(confirmationLine({ ...proposal, confirmedByMentee: false }, 'mentor', 'Avery')).toBe('Neither of you has confirmed yet.');

  expect(endedAsProposal({ proposal, startedAt: null, status: 'ended_early' })).toBe(true);
  expect(endedAsProposal({ proposal, startedAt: '2026-11-29T12:00:00.000Z', status: 'ended_early' })).toBe(false);
  expect(endedAsProposal({ proposal: null, startedAt: null, status: 'ended_early' })).toBe(false);
  expect(endedAsProposal({ proposal, startedAt: null, status: 'proposed' })).toBe(false);

  expect(endedProposalLine({ endedBy: 'mentor', endReason: 'proposal declined' }, 'mentor', 'Avery')).toBe('You declined this proposal.');
  expect(endedProposalLine({ endedBy: 'mentor', endReason: 'Away all spring' }, 'mentee', 'Rae')).toBe('Rae declined this proposal.');
  expect(endedProposalLine({ endedBy: null, endReason: 'proposal expired' }, 'mentee', 'Rae')).toMatch(/expired/);
  expect(declineReason({ endReason: 'Away all spring' })).toBe('Away all spring');
  expect(declineReason({ endReason: 'proposal declined' })).toBeNull();
  expect(declineReason({ endReason: 'proposal expired' })).toBeNull();

  expect(proposalRefusalText('expired', 'x')).toBe('The time to answer this proposal has passed.');
  expect(proposalRefusalText('already_confirmed', 'x')).toMatch(/already confirmed/);
  expect(proposalRefusalText('program_over', 'x')).toMatch(/program has ended/);

  expect(readProposalDecline(form({ reason: '  ' })).input).toBeNull();
  expect(readProposalDecline(form({ reason: ' Away all spring ' })).input).toBe('Away all spring');
  expect(readProposalDecline(form({ reason: 'x'.repeat(1001) })).errors).toEqual({ reason: 'Keep the reason to 1000 characters.' });
});
