import { CATALOG, TERM_KINDS } from './catalog';
import { normalizeTerm, normalizeTerms, pickList, relatedIds, searchTerms, termById } from './lookup';

describe('normalizeTerm', () => {
  it.each([
    ['function', 'PM', 'product-management'],
    ['function', 'product manager', 'product-management'],
    ['function', '  Product  ', 'product-management'],
    ['function', 'BD', 'sales-business-development'],
    ['function', 'biz-dev', 'sales-business-development'],
    ['industry', 'VC', 'venture-capital-private-equity'],
    ['industry', 'fintech', 'fintech'],
    ['industry', 'FINTECH', 'fintech'],
    ['industry', 'healthcare and life sciences', 'healthcare-life-sciences'],
    ['expertise', 'ML', 'machine-learning'],
    ['expertise', 'AI', 'artificial-intelligence'],
    ['expertise', 'GenAI', 'artificial-intelligence'],
    ['expertise', 'go to market', 'go-to-market-strategy'],
    ['expertise', 'M and A', 'mergers-acquisitions'],
    ['expertise', 'VC', 'venture-capital'],
    ['language', 'Mandarin', 'zh'],
    ['language', 'español', 'es'],
    ['language', 'Espanol', 'es'],
    ['language', 'Farsi', 'fa'],
    ['language', '日本語', 'ja'],
  ] as const)('reads %s "%s" as %s', (kind, raw, id) => {
    expect(normalizeTerm(kind, raw)).toEqual({ id, label: termById(kind, id)?.label });
  });

  it('keeps text the taxonomy does not know, trimmed and otherwise as typed', () => {
    expect(normalizeTerm('expertise', '  Quantum computing for CPG  ')).toEqual({ id: null, label: 'Quantum computing for CPG' });
  });

  it('keeps one kind’s synonyms out of another kind', () => {
    expect(normalizeTerm('industry', 'PM')).toEqual({ id: null, label: 'PM' });
  });

  it('resolves every label and synonym of the data to its own term', () => {
    for (const kind of TERM_KINDS) {
      for (const term of CATALOG[kind]) {
        for (const name of [term.label, ...term.synonyms]) expect(normalizeTerm(kind, name).id).toBe(term.id);
      }
    }
  });
});

describe('normalizeTerms', () => {
  it('drops repeats by term, in the order first given', () => {
    expect(normalizeTerms('function', ['PM', 'Finance', 'product management', 'Product'])).toEqual([
      { id: 'product-management', label: 'Product Management' },
      { id: 'finance', label: 'Finance' },
    ]);
  });

  it('drops repeated free text regardless of case, and blanks', () => {
    expect(normalizeTerms('expertise', ['Beekeeping', ' ', 'beekeeping ', 'ML', ''])).toEqual([
      { id: null, label: 'Beekeeping' },
      { id: 'machine-learning', label: 'Machine learning' },
    ]);
  });
});

describe('relatedIds', () => {
  it('names the terms that earn partial credit', () => {
    expect(relatedIds('function', 'product-management')).toEqual(expect.arrayContaining(['engineering', 'data-analytics']));
    expect(relatedIds('expertise', 'venture-capital')).toEqual(expect.arrayContaining(['fundraising']));
  });

  it('has nothing for an unknown id', () => {
    expect(relatedIds('industry', 'basket-weaving')).toEqual([]);
  });
});

describe('pickList', () => {
  it('offers every term once, sorted by label', () => {
    for (const kind of TERM_KINDS) {
      const labels = pickList(kind).map((item) => item.label);
      expect(labels).toHaveLength(CATALOG[kind].length);
      expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
    }
  });
});

describe('searchTerms', () => {
  it('ranks label starts, then later label words, then synonyms', () => {
    expect(searchTerms('expertise', 'pri').map((item) => item.id).slice(0, 2)).toEqual(['pricing', 'private-equity']);
    expect(searchTerms('expertise', 'strat', 5).map((item) => item.id)).toEqual([
      'competitive-strategy',
      'corporate-strategy',
      'go-to-market-strategy',
      'growth-strategy',
      'product-strategy',
    ]);
    expect(searchTerms('function', 'pm')[0]).toEqual({ id: 'product-management', label: 'Product Management' });
  });

  it('finds terms by synonym, ignoring case and punctuation', () => {
    expect(searchTerms('function', 'biz-d')).toEqual([{ id: 'sales-business-development', label: 'Sales & Business Development' }]);
    expect(searchTerms('language', 'mand')).toEqual([{ id: 'zh', label: 'Chinese' }]);
  });

  it('returns at most the limit, and nothing for blank input', () => {
    expect(searchTerms('expertise', 'c', 5)).toHaveLength(5);
    expect(searchTerms('expertise', '  ')).toEqual([]);
  });
});
