import type { Location } from '../../../shared/contracts/profile';

/**
 * LinkedIn names a metro area instead of a city for many members: "Greater Boston",
 * "Greater Seattle Area", "New York City Metropolitan Area", "Dallas-Fort Worth Metroplex".
 */
const METRO_PREFIX = /^greater\s+/i;
const METRO_SUFFIX = /\s+(metropolitan area|metro area|bay area|metroplex|area|region)$/i;
const isMetroArea = (part: string) => METRO_PREFIX.test(part) || METRO_SUFFIX.test(part);
const metroCity = (part: string) => part.replace(METRO_PREFIX, '').replace(METRO_SUFFIX, '').trim() || part;

/**
 * Geo Location ("Boston, Massachusetts, United States") as city and country, best effort: the
 * first part is the city and the last the country. A single part is a metro area (a city) when
 * it reads like one, otherwise a country ("Germany"). The time zone is left for the participant.
 */
export const parseGeoLocation = (text: string): Location | undefined => {
  const parts = text
    .split(',')
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  if (parts.length === 1) {
    return isMetroArea(parts[0]) ? { city: metroCity(parts[0]) } : { country: parts[0] };
  }
  return { city: metroCity(parts[0]), country: parts[parts.length - 1] };
};
