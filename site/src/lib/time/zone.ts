/**
 * Times in the participant's own time zone. The API speaks UTC; the portal shows and takes dates
 * and times in the zone of the participant's profile, else its cohort's, else UTC, and always
 * names that zone beside them. Pure, on the platform's Intl data: no zone tables of our own.
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTimeZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The first valid zone of those given (profile, then cohort), else UTC. */
export function participantZone(...candidates: (string | null | undefined)[]): string {
  return candidates.find(isTimeZone) ?? 'UTC';
}

interface WallClock {
  date: string;
  time: string;
}

const partsFormat = new Map<string, Intl.DateTimeFormat>();
const formatFor = (zone: string) => {
  let format = partsFormat.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormat.set(zone, format);
  }
  return format;
};

function fields(instant: Date, zone: string): Record<string, number> {
  return Object.fromEntries(
    formatFor(zone)
      .formatToParts(instant)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  );
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The wall-clock date (`YYYY-MM-DD`) and time (`HH:MM`) of an instant in a zone. */
export function wallClock(instant: Date, zone: string): WallClock {
  const f = fields(instant, zone);
  return { date: `${pad(f.year!, 4)}-${pad(f.month!)}-${pad(f.day!)}`, time: `${pad(f.hour!)}:${pad(f.minute!)}` };
}

/** Minutes the zone is ahead of UTC at an instant (−300 for New York in winter). */
export function offsetMinutes(instant: Date, zone: string): number {
  const f = fields(instant, zone);
  const asUtc = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock date and time stand for in a zone, or null when the clocks skip it
 * (the hour lost when summer time starts). In the hour repeated when it ends, the first is taken.
 */
export function instantOf(date: string, time: string, zone: string): Date | null {
  if (!DATE.test(date) || !TIME.test(time)) return null;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== day) return null;
  // Try the offsets in force a day either side; the earlier instant that reads back right wins.
  const offsets = [...new Set([offsetMinutes(new Date(asUtc - 86_400_000), zone), offsetMinutes(new Date(asUtc + 86_400_000), zone)])];
  const fits = offsets
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((instant) => {
      const read = wallClock(instant, zone);
      return read.date === date && read.time === time;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  return fits[0] ?? null;
}

/** "UTC−05:00" for an offset in minutes. */
function offsetText(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The zone as a reader knows it: "America/New York (UTC−05:00)", or "UTC". */
export function zoneName(zone: string, at: Date = new Date()): string {
  if (zone === 'UTC' || zone === 'Etc/UTC') return 'UTC';
  return `${zone.replace(/_/g, ' ')} (${offsetText(offsetMinutes(at, zone))})`;
}

/** "28 Nov 2026, 12:00" in the zone: the zone itself is named once on the page. */
export function whenIn(iso: string, zone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
}
