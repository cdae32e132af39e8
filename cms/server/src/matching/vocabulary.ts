/** Words as small integers, shared by every text document and query of the process. */
const numbers = new Map<string, number>();
const spellings: string[] = [];

export const wordNumber = (word: string): number => {
  const known = numbers.get(word);
  if (known !== undefined) return known;
  numbers.set(word, spellings.length);
  spellings.push(word);
  return spellings.length - 1;
};

export const wordCount = (): number => spellings.length;

/** The words numbered so far, in order: what another thread adopts to read word bags made here. */
export const wordNumbering = (): string[] => [...spellings];

/** Takes over a numbering made in another thread; the words numbered here already must be its start. */
export const adoptWordNumbering = (numbering: readonly string[]): void => {
  spellings.forEach((word, number) => {
    if (numbering[number] !== word) throw new Error(`Word ${number} is ${word} here but ${numbering[number]} in the numbering adopted`);
  });
  for (let number = spellings.length; number < numbering.length; number += 1) wordNumber(numbering[number]);
};

export const wordSpelling = (word: number): string => spellings[word] ?? '';

/** A bag of words: distinct word numbers sorted, their counts beside, and the total length. */
export interface WordBag {
  readonly words: Int32Array;
  readonly counts: Uint16Array;
  readonly length: number;
}

export const bagOf = (words: readonly string[]): WordBag => {
  const counts = new Map<number, number>();
  for (const word of words) {
    const number = wordNumber(word);
    counts.set(number, (counts.get(number) ?? 0) + 1);
  }
  const sorted = [...counts.keys()].sort((a, b) => a - b);
  return {
    words: Int32Array.from(sorted),
    counts: Uint16Array.from(sorted.map((word) => Math.min(65535, counts.get(word) ?? 0))),
    length: words.length,
  };
};
