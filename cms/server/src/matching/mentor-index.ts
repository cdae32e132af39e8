import type { MentorFeatures } from './features';
import { TextModel } from './text-model';

export interface IndexedMentor {
  id: string;
  features: MentorFeatures;
  /** Open availability and free capacity, as the caller knows them: a filter, never a score. */
  canTakeMore: boolean;
}

/** Every mentor matching can suggest, held in memory, with the text statistics over their documents. */
export interface MentorIndex {
  mentors: IndexedMentor[];
  positions: Map<string, number>;
  model: TextModel;
}

export const buildMentorIndex = (mentors: readonly IndexedMentor[]): MentorIndex => ({
  mentors: [...mentors],
  positions: new Map(mentors.map((mentor, position) => [mentor.id, position])),
  model: new TextModel(mentors.map((mentor) => mentor.features.document)),
});

/** Adds a mentor or replaces their previous features, keeping the text statistics exact. */
export const putMentor = (index: MentorIndex, mentor: IndexedMentor): void => {
  const position = index.positions.get(mentor.id);
  if (position === undefined) {
    index.positions.set(mentor.id, index.mentors.length);
    index.mentors.push(mentor);
  } else {
    index.model.remove(index.mentors[position].features.document);
    index.mentors[position] = mentor;
  }
  index.model.add(mentor.features.document);
};

/** Removes a mentor; the last mentor takes their slot so the array stays dense. */
export const removeMentor = (index: MentorIndex, id: string): void => {
  const position = index.positions.get(id);
  if (position === undefined) return;
  index.model.remove(index.mentors[position].features.document);
  const last = index.mentors.pop() as IndexedMentor;
  index.positions.delete(id);
  if (position < index.mentors.length) {
    index.mentors[position] = last;
    index.positions.set(last.id, position);
  }
};
