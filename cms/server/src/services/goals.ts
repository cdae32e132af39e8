import type { Core } from '@strapi/strapi';
import { goalCreateSchema, goalPatchSchema, type GoalView } from '../../../shared/contracts/pair';
import { UID } from '../constants/uids';
import { agree, moveGoal, propose, type GoalState, type GoalUpdate, type Notification } from '../workflow';
import { notify } from '../workflow/notifications';
import { conflict, parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';
import { isoOrNull, otherSide, pairItem, requireActive, sideOf } from '../utils/pair';
import { refusalError } from '../utils/refusal';
import { newDocumentId } from './workflow-store';

interface GoalRow {
  id: number;
  documentId: string;
  title: string;
  description: string | null;
  category: GoalState['category'];
  status: GoalState['status'];
  proposedBy: 'mentee' | 'mentor';
  agreedByMentee: boolean | null;
  agreedByMentor: boolean | null;
  agreedAt: string | Date | null;
  createdAt: string | Date;
  connection: { id: number; documentId: string } | null;
}

const view = (row: GoalRow): GoalView => ({
  documentId: row.documentId,
  title: row.title,
  description: row.description ?? null,
  category: row.category,
  status: row.status,
  proposedBy: row.proposedBy,
  agreedBy: { mentee: !!row.agreedByMentee, mentor: !!row.agreedByMentor },
  agreedAt: isoOrNull(row.agreedAt),
  createdAt: new Date(row.createdAt).toISOString(),
});

const stateOf = (row: GoalRow): GoalState => ({
  id: row.documentId,
  connectionId: row.connection?.documentId ?? '',
  title: row.title,
  category: row.category,
  status: row.status,
  agreedBy: { mentee: !!row.agreedByMentee, mentor: !!row.agreedByMentor },
  agreedAt: row.agreedAt ? new Date(row.agreedAt) : null,
});

/** The core's goal fields as the table's columns (agreement is one boolean per side). */
function columnsOf(set: GoalUpdate['set']): Record<string, unknown> {
  const { agreedBy, ...rest } = set;
  return agreedBy ? { ...rest, agreedByMentee: agreedBy.mentee, agreedByMentor: agreedBy.mentor } : rest;
}

const POPULATE = { connection: { select: ['id', 'documentId'] } };

/**
 * Goals: either side proposes (and so agrees), the other agrees, either moves it on. Every change
 * is a conditional update on the goal's status, so two clicks or two sides at once change it once.
 */
const goals = ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => getService(strapi, 'workflowStore');

  const load = async (documentId: string) =>
    (await strapi.db.query(UID.goal).findOne({ where: { documentId }, populate: POPULATE })) as GoalRow;

  /** Writes a core update, or 409 when the goal moved since it was read. */
  const apply = async (update: GoalUpdate) => {
    if (!(await store().conditionalUpdate('goal', update.id, update.from, columnsOf(update.set)))) {
      throw conflict('This goal has changed meanwhile: reload it and try again');
    }
  };

  return {
    async list(user: unknown, connectionId: string): Promise<{ data: GoalView[] }> {
      const { row } = await getService(strapi, 'pairs').connectionFor(user as any, connectionId);
      const rows: GoalRow[] = await strapi.db.query(UID.goal).findMany({
        where: { connection: { id: row.id } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        populate: POPULATE,
      });
      return { data: rows.map(view) };
    },

    async create(user: unknown, connectionId: string, body: unknown, now: Date): Promise<GoalView> {
      const input = parseOrThrow(goalCreateSchema, body, 'The goal is not valid');
      const { actor, row, state } = await getService(strapi, 'pairs').connectionFor(user as any, connectionId);
      requireActive(state, 'propose goals');
      const id = newDocumentId();
      const outcome = propose({ id, connectionId: state.id, title: input.title, category: input.category, by: actor.side });
      if (!outcome.ok) throw refusalError(outcome);
      const { goal } = outcome;
      const told: Notification = notify('goal_proposed', `goal:${id}:proposed`, sideOf(state, otherSide(actor.side)), {
        connectionId: state.id,
        goalId: id,
        title: goal.title,
        by: actor.side,
      });
      await store().inTransaction(async () => {
        await strapi.documents(UID.goal).create({
          data: {
            documentId: id,
            connection: row.id,
            title: goal.title,
            description: input.description ?? null,
            category: goal.category,
            status: goal.status,
            proposedBy: actor.side,
            agreedByMentee: goal.agreedBy.mentee,
            agreedByMentor: goal.agreedBy.mentor,
          } as any,
        });
        await store().enqueue([...outcome.effects, told], now);
      });
      return view(await load(id));
    },

    /** `agree` first, then the status move, in one transaction: both happen or neither. */
    async update(user: unknown, goalId: string, body: unknown, now: Date): Promise<GoalView> {
      const patch = parseOrThrow(goalPatchSchema, body, 'The goal change is not valid');
      const { item, actor, state } = await pairItem<GoalRow>(strapi, UID.goal, user, goalId, 'goal');
      requireActive(state, 'change goals');
      await store().inTransaction(async () => {
        let goal = stateOf(item);
        if (patch.agree) {
          const agreed = agree(goal, actor.side, now);
          if (!agreed.ok) throw refusalError(agreed);
          await apply(agreed.update);
          await store().enqueue(agreed.effects, now);
          goal = { ...goal, ...agreed.update.set };
        }
        if (patch.status) {
          const moved = moveGoal(goal, patch.status);
          if (!moved.ok) throw refusalError(moved);
          await apply(moved.update);
          await store().enqueue(moved.effects, now);
        }
      });
      return view(await load(item.documentId));
    },
  };
};

export default goals;
