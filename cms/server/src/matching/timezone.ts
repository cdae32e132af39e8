/**
 * UTC offsets of IANA zones in hours. Matching compares zones thousands of times per query, and
 * Intl is slow, so each zone is resolved once. The offset is the mean of a winter and a summer
 * instant: daylight saving moves two zones apart by at most an hour, and a fixed reference keeps
 * scores the same whatever day they are computed.
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
    offset = REFERENCE_INSTANTS.reduce((sum, instant) => sum + offsetAt(zone, instant), 0) / REFERENCE_INSTANTS.length;
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
