import { addDays } from 'date-fns';
import type { TestApp } from './strapi';
import { signUpConfirmed, type Participant } from './participants';

export interface Connection {
  id: number;
  documentId: string;
}

const profileOf = async (app: TestApp, participant: Participant) =>
  app.strapi.db.query(`plugin::mentoring.${participant.role}-profile`).findOne({ where: { user: { id: participant.userId } } });

/**
 * A connection written straight to the database (the request/accept routes are not what these
 * tests are about): active, started 30 days ago, ending in 150 days, unless told otherwise.
 */
export async function connect(
  app: TestApp,
  mentee: Participant,
  mentor: Participant,
  fields: { status?: string; startedAt?: Date | null; endsAt?: Date; endedAt?: Date | null } = {},
): Promise<Connection> {
  const now = new Date();
  const created = await app.strapi.documents('plugin::mentoring.connection').create({
    data: {
      mentee: (await profileOf(app, mentee)).id,
      mentor: (await profileOf(app, mentor)).id,
      status: 'active',
      startedAt: addDays(now, -30),
      endsAt: addDays(now, 150),
      ...fields,
    } as any,
  });
  return { id: created.id as number, documentId: created.documentId };
}

/** A mentee and a mentor in an active connection, and a stranger: a mentee paired with the same mentor elsewhere. */
export async function pairWithStranger(app: TestApp) {
  const mentee = await signUpConfirmed(app, 'mentee', 'Ada Mentee');
  const mentor = await signUpConfirmed(app, 'mentor', 'Bo Mentor');
  const stranger = await signUpConfirmed(app, 'mentee', 'Cy Stranger');
  const connection = await connect(app, mentee, mentor);
  const strangersConnection = await connect(app, stranger, mentor);
  return { mentee, mentor, stranger, connection, strangersConnection };
}

/** supertest calls as a participant (or anonymously). */
export function as(app: TestApp, who?: Participant) {
  const auth = <T extends { set(name: string, value: string): T }>(request: T) => (who ? request.set('Authorization', `Bearer ${who.jwt}`) : request);
  return {
    get: (url: string) => auth(app.http().get(url)),
    post: (url: string, body?: object) => auth(app.http().post(url)).send(body),
    patch: (url: string, body?: object) => auth(app.http().patch(url)).send(body),
    delete: (url: string) => auth(app.http().delete(url)),
  };
}

/** The outbox rows of a kind, oldest first. */
export async function outbox(app: TestApp, kind: string) {
  return app.strapi.db.query('plugin::mentoring.notification').findMany({ where: { kind }, orderBy: { id: 'asc' } });
}

/** The field paths a 400 names. */
export const fieldsOf = (body: { error?: { details?: { errors?: { path: string[] }[] } } }) =>
  (body.error?.details?.errors ?? []).map((error) => error.path.join('.'));
