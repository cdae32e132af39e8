import { ACADEMIC_PROGRAMS } from './programs';
import { CATALOG, TERM_KINDS } from './catalog';
import { termKey } from './key';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe.each(TERM_KINDS)('the %s taxonomy', (kind) => {
  const terms = CATALOG[kind];
  const byId = new Map(terms.map((term) => [term.id, term]));

  it('gives every term a unique slug id and a label', () => {
    for (const term of terms) {
      expect(term.id).toMatch(SLUG);
      expect(term.label.trim()).toBe(term.label);
      expect(term.label).not.toBe('');
    }
    expect(byId.size).toBe(terms.length);
  });

  it('never lets a label or synonym stand for two different terms', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const term of terms) {
      for (const name of [term.label, ...term.synonyms]) {
        const key = termKey(name);
        const owner = owners.get(key);
        if (owner !== undefined && owner !== term.id) clashes.push(`"${name}" means both ${owner} and ${term.id}`);
        owners.set(key, term.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('relates terms only to other existing terms of its kind, in both directions', () => {
    const broken: string[] = [];
    for (const term of terms) {
      for (const relatedId of term.related) {
        const related = byId.get(relatedId);
        if (relatedId === term.id) broken.push(`${term.id} relates to itself`);
        else if (!related) broken.push(`${term.id} relates to unknown ${relatedId}`);
        else if (!related.related.includes(term.id)) broken.push(`${relatedId} does not relate back to ${term.id}`);
      }
      expect(new Set(term.related).size).toBe(term.related.length);
    }
    expect(broken).toEqual([]);
  });
});

describe('taxonomy sizes', () => {
  it('curates enough terms of each kind to describe a business-school community', () => {
    expect(CATALOG.industry.length).toBeGreaterThanOrEqual(28);
    expect(CATALOG.function.length).toBeGreaterThanOrEqual(24);
    expect(CATALOG.expertise.length).toBeGreaterThanOrEqual(120);
    expect(CATALOG.language.length).toBeGreaterThanOrEqual(40);
  });

  it('identifies languages by their ISO 639-1 code', () => {
    for (const language of CATALOG.language) expect(language.id).toMatch(/^[a-z]{2}$/);
  });

  it('lists the school’s programs once each', () => {
    const ids = ACADEMIC_PROGRAMS.map((program) => program.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SLUG);
    expect(ACADEMIC_PROGRAMS.map((program) => program.label)).toEqual(
      expect.arrayContaining(['MBA', 'EMBA', 'MFin', 'MBAn', 'Sloan Fellows MBA', 'PhD', 'MSMS', 'Undergraduate']),
    );
  });
});
