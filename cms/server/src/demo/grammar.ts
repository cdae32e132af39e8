/** Small English helpers so templated sentences read as if someone wrote them. */

const LETTERS_SOUNDING_LIKE_A_VOWEL = new Set('AEFHILMNORSX');

/** "a" or "an" by sound: "an MBA", "a VP", "an e-commerce marketplace", "a university". */
export const withArticle = (phrase: string): string => {
  const firstWord = phrase.split(/\s/, 1)[0] ?? '';
  const spelledOut = /^[A-Z]{2}/.test(firstWord);
  const vowelSound = spelledOut
    ? LETTERS_SOUNDING_LIKE_A_VOWEL.has(firstWord[0])
    : /^[aeiou]/i.test(firstWord) && !/^(uni|use|usu|eu|one)/i.test(firstWord);
  return `${vowelSound ? 'an' : 'a'} ${phrase}`;
};

/** A label as it reads mid-sentence: "Healthcare & Life Sciences" → "healthcare & life sciences", acronyms kept. */
export const inSentence = (label: string): string =>
  label
    .split(' ')
    .map((word) => (/^\p{Lu}[^\p{Lu}]*$/u.test(word) ? word.toLowerCase() : word))
    .join(' ');

/** "a", "a and b", "a, b and c". */
export const listOf = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** How alumni write their class: "MBA '12". */
export const classOf = (programLabel: string, year: number): string => `${programLabel} '${String(year % 100).padStart(2, '0')}`;
