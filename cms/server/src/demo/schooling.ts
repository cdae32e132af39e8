/** The school, its programs as a demo career sees them, and undergraduate schools people come from. */
import { ACADEMIC_PROGRAMS } from '../taxonomy';

export const SCHOOL = 'MIT Sloan School of Management';

export interface ProgramPath {
  /** Taxonomy program id. */
  readonly programId: string;
  readonly degree: string;
  readonly field: string;
  readonly years: number;
  /** Students keep their job while studying. */
  readonly partTime: boolean;
  /** Years of work people usually bring into the program. */
  readonly workYears: readonly [number, number];
  /** Rungs of seniority graduates climb on leaving: experienced hires come back a level up. */
  readonly boost: number;
  /** Functions the program prepares for; empty when it leads anywhere. */
  readonly leadsTo: readonly string[];
  /** The year its first class graduated: no alumnus holds it from before. */
  readonly firstClass: number;
  /** How common the program is among alumni and among today's students, relative to the others. */
  readonly alumniWeight: number;
  readonly studentWeight: number;
}

export const PROGRAM_PATHS: readonly ProgramPath[] = [
  { programId: 'mba', degree: 'MBA', field: 'Management', years: 2, partTime: false, workYears: [3, 7], boost: 1, leadsTo: [], firstClass: 1952, alumniWeight: 60, studentWeight: 50 },
  { programId: 'emba', degree: 'MBA', field: 'Management', years: 2, partTime: true, workYears: [9, 16], boost: 0, leadsTo: [], firstClass: 2012, alumniWeight: 10, studentWeight: 10 },
  { programId: 'sloan-fellows-mba', degree: 'MBA', field: 'Management', years: 1, partTime: false, workYears: [10, 15], boost: 1, leadsTo: [], firstClass: 1932, alumniWeight: 8, studentWeight: 8 },
  { programId: 'mfin', degree: 'MFin', field: 'Finance', years: 1, partTime: false, workYears: [0, 2], boost: 0, leadsTo: ['finance', 'investment-banking', 'investment', 'trading', 'corporate-development', 'risk-management'], firstClass: 2010, alumniWeight: 8, studentWeight: 11 },
  { programId: 'mban', degree: 'MBAn', field: 'Business Analytics', years: 1, partTime: false, workYears: [0, 3], boost: 0, leadsTo: ['data-analytics', 'product-management', 'strategy', 'consulting', 'operations'], firstClass: 2019, alumniWeight: 6, studentWeight: 11 },
  { programId: 'phd', degree: 'PhD', field: 'Management', years: 5, partTime: false, workYears: [0, 4], boost: 1, leadsTo: ['research-development', 'data-analytics', 'strategy', 'policy-government-affairs'], firstClass: 1960, alumniWeight: 3, studentWeight: 10 },
  { programId: 'msms', degree: 'MS', field: 'Management Studies', years: 1, partTime: false, workYears: [3, 8], boost: 1, leadsTo: [], firstClass: 1975, alumniWeight: 3, studentWeight: 0 },
  { programId: 'lgo', degree: 'MBA/SM', field: 'Engineering and Management', years: 2, partTime: false, workYears: [3, 6], boost: 1, leadsTo: ['operations', 'supply-chain', 'general-management', 'engineering'], firstClass: 1990, alumniWeight: 2, studentWeight: 0 },
];

const PROGRAM_LABELS = new Map(ACADEMIC_PROGRAMS.map((program) => [program.id, program.label]));

/** How the program is written on a profile ("Sloan Fellows MBA"). */
export const programLabelOf = (path: ProgramPath): string => PROGRAM_LABELS.get(path.programId) ?? path.programId;

export const UNDERGRADUATE_FIELDS: readonly { field: string; degree: string }[] = [
  { field: 'Economics', degree: 'BA' },
  { field: 'Computer Science', degree: 'BS' },
  { field: 'Mechanical Engineering', degree: 'BEng' },
  { field: 'Electrical Engineering', degree: 'BEng' },
  { field: 'Chemical Engineering', degree: 'BEng' },
  { field: 'Industrial Engineering', degree: 'BS' },
  { field: 'Finance', degree: 'BS' },
  { field: 'Accounting', degree: 'BCom' },
  { field: 'Business Administration', degree: 'BBA' },
  { field: 'Mathematics', degree: 'BS' },
  { field: 'Physics', degree: 'BS' },
  { field: 'Biology', degree: 'BS' },
  { field: 'History', degree: 'BA' },
  { field: 'Political Science', degree: 'BA' },
  { field: 'International Relations', degree: 'BA' },
  { field: 'Psychology', degree: 'BA' },
  { field: 'English Literature', degree: 'BA' },
];

/** Undergraduate schools in every country of the demo cities. */
export const UNIVERSITIES: Readonly<Record<string, readonly string[]>> = {
  'United States': [
    'University of Michigan',
    'Duke University',
    'Georgetown University',
    'University of Texas at Austin',
    'Cornell University',
    'University of Virginia',
    'Northwestern University',
    'Boston College',
    'Tufts University',
    'University of California, Berkeley',
    'Massachusetts Institute of Technology',
    'Howard University',
  ],
  Canada: ['University of Toronto', 'McGill University', 'University of British Columbia'],
  Mexico: ['Tecnológico de Monterrey', 'ITAM', 'UNAM'],
  Brazil: ['Universidade de São Paulo', 'Insper', 'Fundação Getulio Vargas'],
  'United Kingdom': ['University of Oxford', 'University of Cambridge', 'London School of Economics', 'University of Edinburgh'],
  France: ['Sciences Po', 'École Polytechnique', 'ESSEC'],
  Germany: ['LMU Munich', 'Technical University of Munich', 'University of Mannheim'],
  India: ['IIT Bombay', 'IIT Delhi', 'University of Delhi', 'BITS Pilani'],
  China: ['Tsinghua University', 'Peking University', 'Fudan University'],
  Singapore: ['National University of Singapore', 'Nanyang Technological University'],
  Japan: ['University of Tokyo', 'Keio University'],
  'South Korea': ['Seoul National University', 'Yonsei University'],
  Nigeria: ['University of Lagos', 'Covenant University'],
  Ghana: ['University of Ghana', 'Ashesi University'],
  Kenya: ['University of Nairobi', 'Strathmore University'],
  'South Africa': ['University of Cape Town', 'University of the Witwatersrand'],
  Colombia: ['Universidad de los Andes', 'Pontificia Universidad Javeriana'],
  Peru: ['Universidad del Pacífico', 'Pontificia Universidad Católica del Perú'],
  Chile: ['Pontificia Universidad Católica de Chile', 'Universidad de Chile'],
  Argentina: ['Universidad de Buenos Aires', 'Universidad Torcuato Di Tella'],
  Ireland: ['Trinity College Dublin', 'University College Dublin'],
  Spain: ['Universidad Carlos III de Madrid', 'Universitat Pompeu Fabra'],
  Italy: ['Bocconi University', 'Politecnico di Milano'],
  Switzerland: ['ETH Zurich', 'University of St. Gallen'],
  Netherlands: ['University of Amsterdam', 'Erasmus University Rotterdam'],
  Sweden: ['Stockholm School of Economics', 'KTH Royal Institute of Technology'],
  Denmark: ['Copenhagen Business School', 'University of Copenhagen'],
  Poland: ['University of Warsaw', 'Warsaw School of Economics'],
  Türkiye: ['Boğaziçi University', 'Koç University'],
  Israel: ['Tel Aviv University', 'Technion – Israel Institute of Technology'],
  'United Arab Emirates': ['American University of Sharjah', 'Khalifa University'],
  'Hong Kong': ['University of Hong Kong', 'Hong Kong University of Science and Technology'],
  Indonesia: ['Universitas Indonesia', 'Institut Teknologi Bandung'],
  Vietnam: ['Vietnam National University', 'Foreign Trade University'],
  Australia: ['University of Melbourne', 'University of Sydney', 'UNSW Sydney'],
};
