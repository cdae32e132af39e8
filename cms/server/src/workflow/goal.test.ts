import { at } from './fixtures';
import { agree, GOAL_CATEGORIES, GOAL_STATUSES, isFinalGoal, moveGoal, propose, type GoalState, type GoalStatus } from './goal';

const now = at('2026-09-10T10:00:00Z');
const aGoal = (overrides: Partial<GoalState> = {}): GoalState => ({
  id: 'goal-1',
  connectionId: 'connection-1',
  title: 'Map three product roles',
  category: 'career_management',
  status: 'proposed',
  agreedBy: { mentee: true, mentor: false },
  agreedAt: null,
  ...overrides,
});

describe('proposing', () => {
  it.each(GOAL_CATEGORIES)('accepts the %s category and counts the proposer as agreeing', (category) => {
    expect(propose({ id: 'goal-1', connectionId: 'connection-1', title: ' Ship a side project ', category, by: 'mentor' })).toMatchObject({
      ok: true,
      goal: { status: 'proposed', title: 'Ship a side project', category, agreedBy: { mentee: false, mentor: true }, agreedAt: null },
    });
  });

  it.each([
    [{ title: '  ' }, 'title'],
    [{ category: 'job_search' }, 'category'],
  ])('refuses %o naming %s', (change, field) => {
    expect(propose({ id: 'goal-1', connectionId: 'connection-1', title: 'x', category: 'academic', by: 'mentee', ...change })).toMatchObject({ ok: false, code: 'invalid', field });
  });
});

describe('agreement by both sides', () => {
  it('records the first side without agreeing the goal, and agrees it at the second', () => {
    const mentorFirst = aGoal({ agreedBy: { mentee: false, mentor: false } });
    expect(agree(mentorFirst, 'mentor', now)).toMatchObject({ ok: true, update: { set: { agreedBy: { mentee: false, mentor: true } } } });
    expect(agree(aGoal(), 'mentor', now)).toMatchObject({ ok: true, update: { from: 'proposed', set: { status: 'agreed', agreedBy: { mentee: true, mentor: true }, agreedAt: now } } });
  });

  it('refuses a side agreeing twice', () => {
    expect(agree(aGoal(), 'mentee', now)).toMatchObject({ ok: false, code: 'already_agreed' });
  });

  it.each(GOAL_STATUSES.filter((status) => status !== 'proposed'))('refuses agreeing a goal that is %s', (status) => {
    expect(agree(aGoal({ status }), 'mentor', now)).toMatchObject({ ok: false, code: 'illegal_transition' });
  });
});

describe('goal status moves', () => {
  const legal: Record<GoalStatus, GoalStatus[]> = {
    proposed: ['dropped'],
    agreed: ['in_progress', 'achieved', 'dropped'],
    in_progress: ['achieved', 'dropped'],
    achieved: [],
    dropped: [],
  };
  const table = GOAL_STATUSES.flatMap((from) => GOAL_STATUSES.map((to) => [from, to] as const));

  it.each(table)('%s → %s', (from, to) => {
    const outcome = moveGoal(aGoal({ status: from }), to);
    if (legal[from].includes(to)) expect(outcome).toMatchObject({ ok: true, update: { from, set: { status: to } } });
    else expect(outcome).toMatchObject({ ok: false, code: 'illegal_transition', field: 'status' });
  });

  it('tells a pair that a proposed goal needs both agreements before work starts', () => {
    expect(moveGoal(aGoal(), 'in_progress')).toMatchObject({ message: 'A proposed goal cannot become in_progress: both sides must agree it first' });
  });

  it('leaves the final statuses with no way out', () => {
    expect(GOAL_STATUSES.filter(isFinalGoal)).toEqual(['achieved', 'dropped']);
  });
});
