import { DEFAULT_MEETING_MINUTES, meetingFile, meetingInvite, type InviteInput } from './invite';

/** Reads an iCalendar text back: unfolds continuation lines, then maps each property to its lines. */
function parse(ics: string) {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').filter(Boolean);
  const props = (name: string) => lines.filter((line) => line.split(/[;:]/)[0] === name).map((line) => line.slice(line.indexOf(':', name.length) + 1));
  const one = (name: string) => {
    const found = props(name);
    if (found.length !== 1) throw new Error(`${name}: ${found.length} lines`);
    return found[0];
  };
  return { lines, props, one };
}

const input = (overrides: Partial<InviteInput> = {}): InviteInput => ({
  kind: 'meeting_scheduled',
  meeting: { connectionId: 'c1', interactionId: 'int0000000000000000000001', startsAt: new Date('2026-12-01T14:30:00Z'), minutes: 45, mode: 'video', sequence: 0 },
  organizer: { name: 'Mentoring Program', email: 'mentoring@example.edu' },
  attendees: [
    { name: 'Maya Mentee', email: 'maya@example.edu' },
    { name: 'Omar Mentor', email: 'omar@example.org' },
  ],
  url: 'https://mentoring.example.edu/portal/connections/c1',
  now: new Date('2026-11-28T09:00:00Z'),
  ...overrides,
});

describe('meeting invitations', () => {
  it('invites both sides to the scheduled meeting (METHOD:REQUEST)', () => {
    const invite = meetingInvite(input());
    expect(invite.method).toBe('REQUEST');
    const ics = parse(invite.ics);
    expect(ics.lines[0]).toBe('BEGIN:VCALENDAR');
    expect(ics.one('METHOD')).toBe('REQUEST');
    expect(ics.one('UID')).toBe('int0000000000000000000001@mentoring');
    expect(ics.one('SEQUENCE')).toBe('0');
    expect(ics.one('DTSTART')).toBe('20261201T143000Z');
    expect(ics.one('DURATION')).toBe('PT45M');
    expect(ics.one('DTSTAMP')).toBe('20261128T090000Z');
    expect(ics.one('STATUS')).toBe('CONFIRMED');
    expect(ics.one('LOCATION')).toBe('Video call');
    expect(ics.one('SUMMARY')).toBe('Mentoring: Maya Mentee and Omar Mentor');
    expect(ics.one('URL')).toBe('https://mentoring.example.edu/portal/connections/c1');
    expect(ics.one('ORGANIZER')).toMatch(/^mailto:mentoring@example.edu$/i);
    expect(ics.props('ATTENDEE').map((value) => value.toLowerCase())).toEqual(['mailto:maya@example.edu', 'mailto:omar@example.org']);
    expect(ics.lines.filter((line) => line.startsWith('ATTENDEE')).every((line) => line.includes('CN="Maya Mentee"') || line.includes('CN="Omar Mentor"'))).toBe(true);
  });

  it('updates the same event with a higher sequence', () => {
    const ics = parse(meetingInvite(input({ kind: 'meeting_updated', meeting: { ...input().meeting, sequence: 3, mode: 'in_person' } })).ics);
    expect(ics.one('METHOD')).toBe('REQUEST');
    expect(ics.one('UID')).toBe('int0000000000000000000001@mentoring');
    expect(ics.one('SEQUENCE')).toBe('3');
    expect(ics.one('LOCATION')).toBe('In person');
  });

  it('cancels the same event (METHOD:CANCEL, STATUS:CANCELLED)', () => {
    const invite = meetingInvite(input({ kind: 'meeting_cancelled', meeting: { ...input().meeting, sequence: 4 } }));
    expect(invite.method).toBe('CANCEL');
    const ics = parse(invite.ics);
    expect(ics.one('METHOD')).toBe('CANCEL');
    expect(ics.one('STATUS')).toBe('CANCELLED');
    expect(ics.one('UID')).toBe('int0000000000000000000001@mentoring');
    expect(ics.one('SEQUENCE')).toBe('4');
  });

  it(`books ${DEFAULT_MEETING_MINUTES} minutes when no length was logged`, () => {
    expect(parse(meetingInvite(input({ meeting: { ...input().meeting, minutes: null } })).ics).one('DURATION')).toBe('PT60M');
  });

  it('takes the start as ISO text, as read back from the outbox', () => {
    expect(parse(meetingInvite(input({ meeting: { ...input().meeting, startsAt: '2026-12-01T14:30:00.000Z' } })).ics).one('DTSTART')).toBe('20261201T143000Z');
  });

  it('keeps names that contain quotes or separators from breaking the file', () => {
    const ics = parse(meetingInvite(input({ attendees: [{ name: 'Maya "MJ" Lee, PhD', email: 'maya@example.edu' }, { name: 'Omar; Mentor', email: 'omar@example.org' }] })).ics);
    expect(ics.props('ATTENDEE').map((value) => value.toLowerCase())).toEqual(['mailto:maya@example.edu', 'mailto:omar@example.org']);
    expect(ics.lines.find((line) => line.startsWith('ATTENDEE'))).toContain(`CN="Maya 'MJ' Lee, PhD"`);
    expect(ics.one('SUMMARY')).toBe('Mentoring: Maya "MJ" Lee\\, PhD and Omar\\; Mentor');
  });

  it('gives one side a file to import (METHOD:PUBLISH) with the same event, never the other side\'s address', () => {
    const { kind: _kind, ...rest } = input({ meeting: { ...input().meeting, sequence: 2 } });
    const file = parse(meetingFile({ ...rest, attendees: [{ name: 'Maya Mentee', email: 'maya@example.edu' }], pairNames: ['Maya Mentee', 'Omar Mentor'], cancelled: false }));
    expect(file.one('METHOD')).toBe('PUBLISH');
    expect(file.one('UID')).toBe('int0000000000000000000001@mentoring');
    expect(file.one('SEQUENCE')).toBe('2');
    expect(file.one('STATUS')).toBe('CONFIRMED');
    expect(file.one('SUMMARY')).toBe('Mentoring: Maya Mentee and Omar Mentor');
    expect(file.props('ATTENDEE').map((value) => value.toLowerCase())).toEqual(['mailto:maya@example.edu']);
    expect(file.lines.join('\n')).not.toContain('omar@example.org');
    const cancelled = parse(meetingFile({ ...rest, attendees: [], pairNames: ['Maya Mentee', 'Omar Mentor'], cancelled: true }));
    expect(cancelled.one('STATUS')).toBe('CANCELLED');
  });
});
