import { isTimeZone } from '../../../shared/contracts/profile';
import { ACADEMIC_PROGRAMS, FUNCTIONS, INDUSTRIES, termById } from '../taxonomy';
import { CAREERS, INDUSTRY_TITLES } from './careers';
import { GROWTH, LEARNING } from './mentee-story';
import { CITIES, WIDELY_LEARNED_LANGUAGES } from './places';
import { PROGRAM_PATHS, UNIVERSITIES } from './schooling';
import { SECTORS } from './sectors';

const unknown = (kind: 'industry' | 'function' | 'expertise' | 'language', ids: readonly string[]) =>
  ids.filter((id) => termById(kind, id) === undefined);

describe('demo career data', () => {
  it('describes a career for every function of the taxonomy, and nothing else', () => {
    expect(CAREERS.map((career) => career.functionId).sort()).toEqual(FUNCTIONS.map((term) => term.id).sort());
  });

  it('uses only taxonomy expertise and industries', () => {
    for (const career of CAREERS) {
      expect(unknown('expertise', career.expertise)).toEqual([]);
      expect(unknown('industry', career.industries)).toEqual([]);
      expect(career.work.length).toBeGreaterThan(0);
    }
  });

  it('names industry-specific ladders by industry and function ids', () => {
    for (const key of Object.keys(INDUSTRY_TITLES)) {
      const [industryId, functionId] = key.split('/');
      expect(unknown('industry', [industryId])).toEqual([]);
      expect(unknown('function', [functionId])).toEqual([]);
    }
  });
});

describe('demo sector data', () => {
  it('covers every industry of the taxonomy with organisation names, workplaces and topics', () => {
    expect(Object.keys(SECTORS).sort()).toEqual(INDUSTRIES.map((term) => term.id).sort());
    for (const sector of Object.values(SECTORS)) {
      expect(sector.orgSuffixes.length).toBeGreaterThan(0);
      expect(sector.workplaces.length).toBeGreaterThan(0);
      expect(unknown('expertise', sector.topics)).toEqual([]);
    }
  });
});

describe('demo places and schools', () => {
  it('offers about forty cities with real time zones and taxonomy languages', () => {
    expect(CITIES.length).toBeGreaterThanOrEqual(40);
    for (const city of CITIES) {
      expect(isTimeZone(city.timezone)).toBe(true);
      expect(unknown('language', city.languages)).toEqual([]);
    }
    expect(unknown('language', WIDELY_LEARNED_LANGUAGES)).toEqual([]);
  });

  it('knows undergraduate schools in every country people come from', () => {
    for (const city of CITIES) expect(UNIVERSITIES[city.country]?.length).toBeGreaterThan(0);
  });

  it('follows programs the taxonomy lists, leading to taxonomy functions', () => {
    const programIds = ACADEMIC_PROGRAMS.map((program) => program.id);
    for (const path of PROGRAM_PATHS) {
      expect(programIds).toContain(path.programId);
      expect(unknown('function', path.leadsTo)).toEqual([]);
      expect(path.workYears[0]).toBeLessThanOrEqual(path.workYears[1]);
    }
  });
});

describe('demo goal phrases', () => {
  it('phrase only taxonomy expertise', () => {
    expect(unknown('expertise', Object.keys(LEARNING))).toEqual([]);
    expect(unknown('expertise', Object.keys(GROWTH))).toEqual([]);
  });
});
