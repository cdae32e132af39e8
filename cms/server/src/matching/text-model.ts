import { wordCount, type WordBag } from './vocabulary';

export interface TextModelSnapshot {
  documentFrequency: Int32Array;
  documents: number;
  totalLength: number;
}

/**
 * The corpus statistics BM25 needs, over every indexed mentor's document: how many documents
 * hold each word (so rare words like "fintech" outweigh common ones like "manage") and the
 * average document length. Built once from the mentor index and kept current as mentors join
 * or leave, so a profile edit never needs a rebuild.
 */
export class TextModel {
  /** BM25's usual constants: term frequency saturates quickly; long documents are damped halfway. */
  static readonly K1 = 1.2;
  static readonly B = 0.75;

  private documentFrequency = new Int32Array(1024);
  private documents = 0;
  private totalLength = 0;

  constructor(bags: Iterable<WordBag> = []) {
    for (const bag of bags) this.add(bag);
  }

  get documentCount(): number {
    return this.documents;
  }

  get averageLength(): number {
    return this.documents === 0 ? 1 : Math.max(1, this.totalLength / this.documents);
  }

  add(bag: WordBag): void {
    this.ensureCapacity();
    for (const word of bag.words) this.documentFrequency[word] += 1;
    this.documents += 1;
    this.totalLength += bag.length;
  }

  /** The statistics as plain data, for another thread (with the word numbering they refer to). */
  snapshot(): TextModelSnapshot {
    return { documentFrequency: this.documentFrequency.slice(), documents: this.documents, totalLength: this.totalLength };
  }

  static fromSnapshot(snapshot: TextModelSnapshot): TextModel {
    const model = new TextModel();
    model.documentFrequency = snapshot.documentFrequency.slice();
    model.documents = snapshot.documents;
    model.totalLength = snapshot.totalLength;
    return model;
  }

  /** An independent copy: later adds and removes on either leave the other as it was. */
  copy(): TextModel {
    return TextModel.fromSnapshot(this.snapshot());
  }

  /** Removes a document added before; the caller passes the same bag it added. */
  remove(bag: WordBag): void {
    this.ensureCapacity();
    for (const word of bag.words) this.documentFrequency[word] = Math.max(0, this.documentFrequency[word] - 1);
    this.documents = Math.max(0, this.documents - 1);
    this.totalLength = Math.max(0, this.totalLength - bag.length);
  }

  /** BM25's inverse document frequency: always positive, highest for words few mentors use. */
  idf(word: number): number {
    const frequency = word < this.documentFrequency.length ? this.documentFrequency[word] : 0;
    return Math.log(1 + (this.documents - frequency + 0.5) / (frequency + 0.5));
  }

  /** Whether any indexed document holds the word: words no mentor uses cannot be matched. */
  knows(word: number): boolean {
    return word < this.documentFrequency.length && this.documentFrequency[word] > 0;
  }

  private ensureCapacity(): void {
    const needed = wordCount();
    if (needed <= this.documentFrequency.length) return;
    const grown = new Int32Array(Math.max(needed, this.documentFrequency.length * 2));
    grown.set(this.documentFrequency);
    this.documentFrequency = grown;
  }
}
