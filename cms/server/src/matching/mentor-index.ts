import type { MentorFeatures } from './features';
import { MentorColumns } from './mentor-columns';
import { TextModel } from './text-model';

export interface IndexedMentor {
  id: string;
  features: MentorFeatures;
  /** Open availability and free capacity, as the caller knows them: a filter, never a score. */
  canTakeMore: boolean;
}

/**
 * Every mentor matching can suggest, held in memory, with the text statistics over their
 * documents and the same mentors column by column for the ranking scan (`columns`, slot i is
 * `mentors[i]`). Change it only through `putMentor` / `removeMentor`, which keep all three in step.
 */
export interface MentorIndex {
  mentors: IndexedMentor[];
  positions: Map<string, number>;
  model: TextModel;
  columns: MentorColumns;
}

/**
 * An index of these mentors. The text statistics are theirs unless `model` is given: a cohort, or
 * a worker thread, ranks with the statistics of the whole index it came from.
 */
export const buildMentorIndex = (mentors: readonly IndexedMentor[], model?: TextModel): MentorIndex => {
  const columns = new MentorColumns();
  mentors.forEach((mentor, position) => columns.set(position, mentor.features, mentor.canTakeMore));
  return {
    mentors: [...mentors],
    positions: new Map(mentors.map((mentor, position) => [mentor.id, position])),
    model: model ?? new TextModel(mentors.map((mentor) => mentor.features.document)),
    columns,
  };
};

/**
 * The index restricted to some of its mentors (a cohort), slots renumbered in the order given,
 * with a copy of the whole index's text statistics, so every pair scores exactly as it does in
 * the whole index. A snapshot: later puts and removes on either do not reach the other.
 */
export const subIndex = (index: MentorIndex, positions: readonly number[]): MentorIndex =>
  buildMentorIndex(
    positions.map((position) => index.mentors[position]),
    index.model.copy(),
  );

/** Adds a mentor or replaces their previous features, keeping the text statistics exact. */
export const putMentor = (index: MentorIndex, mentor: IndexedMentor): void => {
  const position = index.positions.get(mentor.id);
  if (position === undefined) {
    index.positions.set(mentor.id, index.mentors.length);
    index.columns.set(index.mentors.length, mentor.features, mentor.canTakeMore);
    index.mentors.push(mentor);
  } else {
    index.model.remove(index.mentors[position].features.document);
    index.mentors[position] = mentor;
    index.columns.set(position, mentor.features, mentor.canTakeMore);
  }
  index.model.add(mentor.features.document);
};

/** Removes a mentor; the last mentor takes their slot so the array stays dense. */
export const removeMentor = (index: MentorIndex, id: string): void => {
  const position = index.positions.get(id);
  if (position === undefined) return;
  index.model.remove(index.mentors[position].features.document);
  index.columns.moveLastInto(position);
  const last = index.mentors.pop() as IndexedMentor;
  index.positions.delete(id);
  if (position < index.mentors.length) {
    index.mentors[position] = last;
    index.positions.set(last.id, position);
  }
};
