import { termKey } from '../taxonomy';

/**
 * Cities that belong to a larger metro area, where meeting in person is a short trip. The school
 * sits in Cambridge, so its students and Boston alumni must meet as neighbours.
 */
const METRO_OF: Readonly<Record<string, string>> = {
  'cambridge|unitedstates': 'boston|unitedstates',
  'somerville|unitedstates': 'boston|unitedstates',
  'brookline|unitedstates': 'boston|unitedstates',
  'brooklyn|unitedstates': 'newyork|unitedstates',
  'jerseycity|unitedstates': 'newyork|unitedstates',
  'paloalto|unitedstates': 'sanfrancisco|unitedstates',
  'mountainview|unitedstates': 'sanfrancisco|unitedstates',
  'oakland|unitedstates': 'sanfrancisco|unitedstates',
  'sanjose|unitedstates': 'sanfrancisco|unitedstates',
  'menlopark|unitedstates': 'sanfrancisco|unitedstates',
  'washingtondc|unitedstates': 'washington|unitedstates',
  'gurgaon|india': 'newdelhi|india',
  'gurugram|india': 'newdelhi|india',
  'bengaluru|india': 'bangalore|india',
};

const COUNTRY_ALIASES: Readonly<Record<string, string>> = { usa: 'unitedstates', us: 'unitedstates', uk: 'unitedkingdom' };

export const countryKey = (country: string | null | undefined): string => {
  const key = termKey(country ?? '');
  return COUNTRY_ALIASES[key] ?? key;
};

/** A key equal for two places in the same metro area; '' when the city is unknown. */
export const metroKey = (city: string | null | undefined, country: string | null | undefined): string => {
  const cityKey = termKey(city ?? '');
  if (cityKey === '') return '';
  const key = `${cityKey}|${countryKey(country)}`;
  return METRO_OF[key] ?? key;
};
