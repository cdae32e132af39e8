import type { AcademicProgram } from './types';

/** The school's degree programs, as participants name them on a profile. */
export const ACADEMIC_PROGRAMS: readonly AcademicProgram[] = [
  { id: 'mba', label: 'MBA', name: 'Master of Business Administration', level: 'master' },
  { id: 'emba', label: 'EMBA', name: 'Executive MBA', level: 'master' },
  { id: 'sloan-fellows-mba', label: 'Sloan Fellows MBA', name: 'Sloan Fellows MBA', level: 'master' },
  { id: 'lgo', label: 'LGO', name: 'Leaders for Global Operations (MBA and SM in engineering)', level: 'master' },
  { id: 'mfin', label: 'MFin', name: 'Master of Finance', level: 'master' },
  { id: 'mban', label: 'MBAn', name: 'Master of Business Analytics', level: 'master' },
  { id: 'msms', label: 'MSMS', name: 'Master of Science in Management Studies', level: 'master' },
  { id: 'sdm', label: 'SDM', name: 'System Design and Management', level: 'master' },
  { id: 'phd', label: 'PhD', name: 'Doctor of Philosophy in Management', level: 'doctoral' },
  { id: 'undergraduate', label: 'Undergraduate', name: 'Bachelor of Science in Management', level: 'undergraduate' },
];
