/**
 * UTC offsets of IANA zones in hours. Matching compares zones thousands of times per query, and
 * Intl is slow, so each zone is resolved once. The offset is the zone's standard (winter) offset:
 * the smaller of a January and a July instant, since daylight saving only moves clocks forward
 * and the two months cover both hemispheres' winters. A real offset (Copenhagen +1, Kolkata
 * +5.5) reads true in explanations, where a mean of the two (Copenhagen +1.5) is an offset no
 * clock ever shows; fixed instants keep scores the same whatever day they are computed.
 */
const cache = new Map<string, number>();
const REFERENCE_INSTANTS = [Date.UTC(2025, 0, 15), Date.UTC(2025, 6, 15)];

const offsetAt = (zone: string, instant: number): number => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const hours = Number(match[2]) + Number(match[3]) / 60;
  return match[1] === '-' ? -hours : hours;
};

/** The zone's offset in hours, or NaN for a missing or unknown zone. */
export const utcOffsetHours = (zone: string | null | undefined): number => {
  if (!zone) return Number.NaN;
  const known = cache.get(zone);
  if (known !== undefined) return known;
  let offset = Number.NaN;
  try {
    offset = Math.min(...REFERENCE_INSTANTS.map((instant) => offsetAt(zone, instant)));
  } catch {
    offset = Number.NaN;
  }
  cache.set(zone, offset);
  return offset;
};

/** Hours between two offsets the short way round the globe. */
export const hoursApart = (a: number, b: number): number => {
  const apart = Math.abs(a - b) % 24;
  return Math.min(apart, 24 - apart);
};
