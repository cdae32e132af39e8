import type { Side } from './notifications';
import { refuse, type ConditionalUpdate, type Outcome } from './outcome';

/** The FAQ's three kinds of goal. */
export const GOAL_CATEGORIES = ['personal_growth', 'career_management', 'academic'] as const;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];

export const GOAL_STATUSES = ['proposed', 'agreed', 'in_progress', 'achieved', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const isFinalGoal = (status: GoalStatus): boolean => status === 'achieved' || status === 'dropped';

/** A goal counts towards the pair's agreed goals once both sides agreed it, until it is dropped. */
export const countsAsAgreed = (goal: Pick<GoalState, 'status'>): boolean =>
  goal.status === 'agreed' || goal.status === 'in_progress' || goal.status === 'achieved';

export interface GoalState {
  id: string;
  connectionId: string;
  title: string;
  category: GoalCategory;
  status: GoalStatus;
  agreedBy: Record<Side, boolean>;
  agreedAt: Date | null;
}

export type GoalUpdate = ConditionalUpdate<'goal', GoalStatus, Partial<Pick<GoalState, 'status' | 'agreedBy' | 'agreedAt'>>>;

export type GoalRefusal = 'invalid' | 'already_agreed' | 'illegal_transition';

/** Either side proposes; proposing counts as that side's agreement. */
export function propose(
  input: { id: string; connectionId: string; title: string; category: string; by: Side },
): Outcome<{ goal: GoalState }, GoalRefusal> {
  const title = input.title.trim();
  if (title === '') return refuse('invalid', 'must name the goal', 'title');
  const category = GOAL_CATEGORIES.find((known) => known === input.category);
  if (!category) return refuse('invalid', `must be one of ${GOAL_CATEGORIES.join(', ')}`, 'category');
  return {
    ok: true,
    goal: {
      id: input.id,
      connectionId: input.connectionId,
      title,
      category,
      status: 'proposed',
      agreedBy: { mentee: input.by === 'mentee', mentor: input.by === 'mentor' },
      agreedAt: null,
    },
    effects: [],
  };
}

/** A side agrees a proposed goal; the second agreement makes it agreed. */
export function agree(goal: GoalState, by: Side, now: Date): Outcome<{ update: GoalUpdate }, GoalRefusal> {
  if (goal.status !== 'proposed') return refuse('illegal_transition', `This goal is already ${goal.status}`, 'agree');
  if (goal.agreedBy[by]) return refuse('already_agreed', `The ${by} has already agreed this goal`, 'agree');
  const agreedBy = { ...goal.agreedBy, [by]: true };
  const both = agreedBy.mentee && agreedBy.mentor;
  return {
    ok: true,
    update: { entity: 'goal', id: goal.id, from: 'proposed', set: both ? { status: 'agreed', agreedBy, agreedAt: now } : { agreedBy } },
    effects: [],
  };
}

/** Where a goal may go by a status change; agreement is the only way out of `proposed` but dropping. */
export const GOAL_MOVES: Record<GoalStatus, readonly GoalStatus[]> = {
  proposed: ['dropped'],
  agreed: ['in_progress', 'achieved', 'dropped'],
  in_progress: ['achieved', 'dropped'],
  achieved: [],
  dropped: [],
};

export function moveGoal(goal: GoalState, to: GoalStatus): Outcome<{ update: GoalUpdate }, GoalRefusal> {
  if (!GOAL_MOVES[goal.status].includes(to)) {
    const hint = goal.status === 'proposed' && to !== 'dropped' ? ': both sides must agree it first' : '';
    return refuse('illegal_transition', `A ${goal.status} goal cannot become ${to}${hint}`, 'status');
  }
  return { ok: true, update: { entity: 'goal', id: goal.id, from: goal.status, set: { status: to } }, effects: [] };
}
