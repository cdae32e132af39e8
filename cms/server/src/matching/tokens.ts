import { isTermKeyPrefix, termByKey, termKey, type TermKind } from '../taxonomy';

/**
 * Words of free text for similarity: lower case, accents folded, common and profile-boilerplate
 * words dropped, a light suffix strip so "managing", "managed" and "manager" meet.
 */
const STOPWORDS = new Set(
  (
    'a about above after again all also am an and any are as at be because been before being below between both but by can could did do does ' +
    'doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more ' +
    'most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their them ' +
    'then there these they this those through to too under until up very was we were what when where which while who whom why will with would ' +
    'you your yours want wants like love hope looking work working year years time people role roles help get make really new one two three ' +
    'next day days way ways lot things thing well much many still even ever across within every since'
  ).split(' '),
);

const ASCII = /^[\x00-\x7f]*$/;

const SUFFIXES = ['ations', 'ation', 'ings', 'ing', 'ers', 'er', 'ies', 'ied', 'ed', 'es', 's', 'ly'];

const stem = (word: string): string => {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
};

/** The content words of a text, stemmed, in order (repeats kept: they are term frequency). */
export const words = (text: string | null | undefined): string[] => {
  if (!text) return [];
  const found: string[] = [];
  // Plain ASCII (most profiles) has no accents to fold and only ASCII letters and digits.
  const pieces = ASCII.test(text) ? text.toLowerCase().split(/[^a-z0-9&]+/) : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}&]+/u);
  for (const raw of pieces) {
    if (raw.length < 2 || STOPWORDS.has(raw) || /^\d+$/.test(raw)) continue;
    found.push(stem(raw));
  }
  return found;
};

const LONGEST_TERM_WORDS = 5;

interface SplitText {
  text: string;
  plain: string[];
  /** `termKey` of each word: a phrase's key is its words' keys joined, since the key drops spaces. */
  keys: string[];
}

/** The last text split, kept because a mentee's goals are read once per term kind. */
let lastSplit: SplitText = { text: '', plain: [], keys: [] };

const splitText = (text: string): SplitText => {
  if (lastSplit.text !== text) {
    const plain = text.split(/[^\p{L}\p{N}&+'-]+/u).filter(Boolean);
    lastSplit = { text, plain, keys: plain.map(termKey) };
  }
  return lastSplit;
};

/** Verbs that make "<verb> from X" name where the writer comes from: "move from consulting into …". */
const MOVING_FROM = new Set(['move', 'moving', 'moved', 'switch', 'switching', 'transition', 'transitioning', 'pivot', 'pivoting', 'shift', 'shifting', 'away', 'come', 'coming', 'came']);
/** Words that name, right after them, what the writer is leaving: "leave banking", "out of consulting". */
const LEAVING = new Set(['leave', 'leaving', 'left', 'quit', 'quitting', 'exit', 'exiting']);

const lower = (plain: readonly string[], index: number): string => (index >= 0 ? plain[index].toLowerCase() : '');

/** Whether the words before `start` say the term starting there is what the writer is leaving. */
const isLeft = (plain: readonly string[], start: number): boolean => {
  const before = lower(plain, start - 1);
  const twoBefore = lower(plain, start - 2);
  return LEAVING.has(before) || (before === 'from' && MOVING_FROM.has(twoBefore)) || (before === 'of' && twoBefore === 'out');
};

/**
 * Taxonomy terms a sentence names as wanted ("move into product management" names Product
 * Management): every run of up to five words is looked up, longest first, and a word belongs to
 * one term. A run stops growing as soon as its words can begin no term, which is at the first word
 * for most. What the writer says they are leaving ("move from consulting into …", "leave banking")
 * is not something they want, so it is skipped.
 */
export const termsNamedIn = (kind: TermKind, text: string | null | undefined): string[] => {
  if (!text) return [];
  const { plain, keys } = splitText(text);
  const labels: string[] = [];
  for (let start = 0; start < plain.length; start += 1) {
    let key = '';
    let named: { label: string; length: number } | undefined;
    for (let length = 1; length <= Math.min(LONGEST_TERM_WORDS, plain.length - start); length += 1) {
      key += keys[start + length - 1];
      if (!isTermKeyPrefix(kind, key)) break;
      const term = termByKey(kind, key);
      if (!term) continue;
      // A single short or common word names nothing on its own ("it", "and").
      if (length === 1 && (plain[start].length < 3 || STOPWORDS.has(plain[start].toLowerCase()))) continue;
      named = { label: term.label, length };
    }
    if (named) {
      if (!isLeft(plain, start)) labels.push(named.label);
      start += named.length - 1;
    }
  }
  return labels;
};
