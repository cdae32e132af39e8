/**
 * The comparison key of a term: what is left once case, accents, punctuation and spacing are
 * gone, so "Go-to-market", "go to market" and "GO TO MARKET" meet, and "M&A" meets "M and A".
 * Letters of every script survive, so native language names still match.
 */
export const termKey = (raw: string): string =>
  raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
