import type { ConnectionState } from './connection';

export const INTERACTION_MODES = ['in_person', 'video', 'phone', 'email', 'message'] as const;
export type InteractionMode = (typeof INTERACTION_MODES)[number];

/** The FAQ's "face-to-face or Skype/Facetime exchange". */
export const MEETING_MODES: readonly InteractionMode[] = ['in_person', 'video'];

/**
 * What the rules need to know about an active connection, as aggregates a repository computes in
 * one grouped query per batch of connections, rather than every logged contact.
 */
export interface ConnectionActivity {
  /** Contacts logged per UTC month (`2026-11`); the current and previous month are enough. */
  contactsByMonth: Readonly<Record<string, number>>;
  /** The earliest in-person or video contact, if any. */
  firstMeetingAt: Date | null;
  lastContactAt: Date | null;
  /** Goals both sides agreed that are not dropped. */
  goalsAgreed: number;
}

export interface ConnectionSnapshot {
  connection: ConnectionState & { status: 'active'; startedAt: Date };
  activity: ConnectionActivity;
}

/** Whether a contact logged with a future date has happened yet: only once its time has come. */
export const hasHappened = (when: Date | null, now: Date): when is Date => when !== null && when.getTime() <= now.getTime();
