import { complete, requestReminder, tick } from '../workflow';
import { aConnection, aRequest, at, emptyTick, settings } from '../workflow/fixtures';
import { countWritten, emptySummary, summaryLine } from './tick-summary';

describe('tick summary', () => {
  it('counts written rows by what they are', () => {
    const ended = complete(aConnection(), aConnection().endsAt);
    const reminder = requestReminder(aRequest(), settings, at('2026-10-02T09:00:00Z'));
    const flags = tick({ ...emptyTick(), menteesYetToReachOut: [{ id: 'mentee-9', signedUpAt: at('2026-10-01T00:00:00Z'), reachedOutAt: null }] }, settings, at('2026-10-09T00:00:00Z'));
    const summary = emptySummary();

    countWritten(summary, [...(ended.ok ? ended.effects : []), reminder!, ...flags.notifications]);

    expect(summary).toEqual({ ...emptySummary(), reminded: 1, flagged: 1, feedbackRequested: 2, notifications: 6 });
  });

  it('says nothing when nothing changed, else names each count', () => {
    expect(summaryLine(emptySummary())).toBeNull();
    expect(summaryLine({ ...emptySummary(), expired: 2, reminded: 1, notifications: 3 })).toBe('expired 2, reminded 1, notifications 3');
  });
});
