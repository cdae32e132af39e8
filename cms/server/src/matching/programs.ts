import { ACADEMIC_PROGRAMS, termKey } from '../taxonomy';

/**
 * The school's programs as bits, so a mentor with several degrees keeps them in one number.
 * MBA-track programs form one family: an EMBA alumnus has sat in the same classes as an MBA.
 */
const MBA_FAMILY = new Set(['mba', 'emba', 'sloan-fellows-mba', 'lgo']);

const BIT_BY_KEY = new Map<string, number>();
ACADEMIC_PROGRAMS.forEach((program, index) => {
  BIT_BY_KEY.set(termKey(program.label), 1 << index);
  BIT_BY_KEY.set(termKey(program.name), 1 << index);
  BIT_BY_KEY.set(termKey(program.id), 1 << index);
});

export const MBA_FAMILY_MASK = ACADEMIC_PROGRAMS.reduce((mask, program, index) => (MBA_FAMILY.has(program.id) ? mask | (1 << index) : mask), 0);

/** The program's bit, or 0 when the text names none of the school's programs. */
export const programBit = (written: string | null | undefined): number => BIT_BY_KEY.get(termKey(written ?? '')) ?? 0;

export const programLabelOfBit = (bit: number): string => ACADEMIC_PROGRAMS[31 - Math.clz32(bit)]?.label ?? '';
