/**
 * Cities demo participants live in or come from. `languages` are ISO 639-1 codes spoken there
 * besides English; `names` is the faker locale whose names fit the place (Latin script only, so
 * names also make e-mail addresses).
 */
export interface City {
  readonly city: string;
  readonly country: string;
  readonly timezone: string;
  readonly languages: readonly string[];
  readonly names: NameLocale;
  /** How often alumni live here, relative to the other cities. */
  readonly weight: number;
}

export type NameLocale =
  | 'en_US'
  | 'en_GB'
  | 'en_IE'
  | 'en_CA'
  | 'en_AU'
  | 'en_IN'
  | 'en_NG'
  | 'en_GH'
  | 'en_ZA'
  | 'en_HK'
  | 'de'
  | 'de_CH'
  | 'fr'
  | 'es'
  | 'es_MX'
  | 'pt_BR'
  | 'it'
  | 'nl'
  | 'sv'
  | 'da'
  | 'pl'
  | 'tr'
  | 'id_ID'
  | 'vi';

export const SCHOOL_CITY: City = {
  city: 'Cambridge',
  country: 'United States',
  timezone: 'America/New_York',
  languages: [],
  names: 'en_US',
  weight: 4,
};

export const CITIES: readonly City[] = [
  { city: 'Boston', country: 'United States', timezone: 'America/New_York', languages: [], names: 'en_US', weight: 14 },
  SCHOOL_CITY,
  { city: 'New York', country: 'United States', timezone: 'America/New_York', languages: [], names: 'en_US', weight: 12 },
  { city: 'Washington, D.C.', country: 'United States', timezone: 'America/New_York', languages: [], names: 'en_US', weight: 3 },
  { city: 'Miami', country: 'United States', timezone: 'America/New_York', languages: ['es'], names: 'en_US', weight: 1 },
  { city: 'Chicago', country: 'United States', timezone: 'America/Chicago', languages: [], names: 'en_US', weight: 3 },
  { city: 'Austin', country: 'United States', timezone: 'America/Chicago', languages: [], names: 'en_US', weight: 2 },
  { city: 'San Francisco', country: 'United States', timezone: 'America/Los_Angeles', languages: [], names: 'en_US', weight: 9 },
  { city: 'Seattle', country: 'United States', timezone: 'America/Los_Angeles', languages: [], names: 'en_US', weight: 4 },
  { city: 'Los Angeles', country: 'United States', timezone: 'America/Los_Angeles', languages: ['es'], names: 'en_US', weight: 3 },
  { city: 'Toronto', country: 'Canada', timezone: 'America/Toronto', languages: ['fr'], names: 'en_CA', weight: 2 },
  { city: 'Montreal', country: 'Canada', timezone: 'America/Toronto', languages: ['fr'], names: 'fr', weight: 1 },
  { city: 'Mexico City', country: 'Mexico', timezone: 'America/Mexico_City', languages: ['es'], names: 'es_MX', weight: 2 },
  { city: 'Bogotá', country: 'Colombia', timezone: 'America/Bogota', languages: ['es'], names: 'es', weight: 1 },
  { city: 'Lima', country: 'Peru', timezone: 'America/Lima', languages: ['es'], names: 'es', weight: 1 },
  { city: 'Santiago', country: 'Chile', timezone: 'America/Santiago', languages: ['es'], names: 'es', weight: 1 },
  { city: 'Buenos Aires', country: 'Argentina', timezone: 'America/Argentina/Buenos_Aires', languages: ['es'], names: 'es', weight: 1 },
  { city: 'São Paulo', country: 'Brazil', timezone: 'America/Sao_Paulo', languages: ['pt'], names: 'pt_BR', weight: 2 },
  { city: 'London', country: 'United Kingdom', timezone: 'Europe/London', languages: [], names: 'en_GB', weight: 6 },
  { city: 'Dublin', country: 'Ireland', timezone: 'Europe/Dublin', languages: [], names: 'en_IE', weight: 1 },
  { city: 'Paris', country: 'France', timezone: 'Europe/Paris', languages: ['fr'], names: 'fr', weight: 2 },
  { city: 'Berlin', country: 'Germany', timezone: 'Europe/Berlin', languages: ['de'], names: 'de', weight: 2 },
  { city: 'Munich', country: 'Germany', timezone: 'Europe/Berlin', languages: ['de'], names: 'de', weight: 1 },
  { city: 'Zurich', country: 'Switzerland', timezone: 'Europe/Zurich', languages: ['de', 'fr'], names: 'de_CH', weight: 1 },
  { city: 'Amsterdam', country: 'Netherlands', timezone: 'Europe/Amsterdam', languages: ['nl'], names: 'nl', weight: 1 },
  { city: 'Madrid', country: 'Spain', timezone: 'Europe/Madrid', languages: ['es'], names: 'es', weight: 1 },
  { city: 'Milan', country: 'Italy', timezone: 'Europe/Rome', languages: ['it'], names: 'it', weight: 1 },
  { city: 'Stockholm', country: 'Sweden', timezone: 'Europe/Stockholm', languages: ['sv'], names: 'sv', weight: 1 },
  { city: 'Copenhagen', country: 'Denmark', timezone: 'Europe/Copenhagen', languages: ['da'], names: 'da', weight: 0.5 },
  { city: 'Warsaw', country: 'Poland', timezone: 'Europe/Warsaw', languages: ['pl'], names: 'pl', weight: 0.5 },
  { city: 'Istanbul', country: 'Türkiye', timezone: 'Europe/Istanbul', languages: ['tr'], names: 'tr', weight: 0.5 },
  { city: 'Tel Aviv', country: 'Israel', timezone: 'Asia/Jerusalem', languages: ['he'], names: 'en_US', weight: 1 },
  { city: 'Dubai', country: 'United Arab Emirates', timezone: 'Asia/Dubai', languages: ['ar', 'hi'], names: 'en_US', weight: 1 },
  { city: 'Lagos', country: 'Nigeria', timezone: 'Africa/Lagos', languages: ['yo'], names: 'en_NG', weight: 1 },
  { city: 'Accra', country: 'Ghana', timezone: 'Africa/Accra', languages: [], names: 'en_GH', weight: 0.5 },
  { city: 'Nairobi', country: 'Kenya', timezone: 'Africa/Nairobi', languages: ['sw'], names: 'en_US', weight: 0.5 },
  { city: 'Johannesburg', country: 'South Africa', timezone: 'Africa/Johannesburg', languages: ['af', 'zu'], names: 'en_ZA', weight: 1 },
  { city: 'Mumbai', country: 'India', timezone: 'Asia/Kolkata', languages: ['hi', 'mr'], names: 'en_IN', weight: 2 },
  { city: 'Bangalore', country: 'India', timezone: 'Asia/Kolkata', languages: ['hi', 'ta', 'te'], names: 'en_IN', weight: 2 },
  { city: 'New Delhi', country: 'India', timezone: 'Asia/Kolkata', languages: ['hi', 'pa'], names: 'en_IN', weight: 1 },
  { city: 'Singapore', country: 'Singapore', timezone: 'Asia/Singapore', languages: ['zh', 'ms', 'ta'], names: 'en_HK', weight: 2 },
  { city: 'Hong Kong', country: 'Hong Kong', timezone: 'Asia/Hong_Kong', languages: ['zh'], names: 'en_HK', weight: 1 },
  { city: 'Shanghai', country: 'China', timezone: 'Asia/Shanghai', languages: ['zh'], names: 'en_HK', weight: 1 },
  { city: 'Beijing', country: 'China', timezone: 'Asia/Shanghai', languages: ['zh'], names: 'en_HK', weight: 1 },
  { city: 'Tokyo', country: 'Japan', timezone: 'Asia/Tokyo', languages: ['ja'], names: 'en_US', weight: 1.5 },
  { city: 'Seoul', country: 'South Korea', timezone: 'Asia/Seoul', languages: ['ko'], names: 'en_US', weight: 1 },
  { city: 'Jakarta', country: 'Indonesia', timezone: 'Asia/Jakarta', languages: ['id'], names: 'id_ID', weight: 0.5 },
  { city: 'Ho Chi Minh City', country: 'Vietnam', timezone: 'Asia/Ho_Chi_Minh', languages: ['vi'], names: 'vi', weight: 0.5 },
  { city: 'Sydney', country: 'Australia', timezone: 'Australia/Sydney', languages: [], names: 'en_AU', weight: 1 },
];

/** Languages people pick up beyond home and work, for the odd extra one on a profile. */
export const WIDELY_LEARNED_LANGUAGES: readonly string[] = ['es', 'fr', 'zh', 'de', 'pt', 'it', 'ja', 'ar', 'hi', 'ko', 'ru'];
