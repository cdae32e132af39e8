import type { TestApp } from './strapi';
import type { Participant } from './participants';

/**
 * Calls to the participant API as one participant (or anonymously), for the workflow's tests.
 * Takes the app lazily, so a file can create it at its top and boot the app in beforeAll.
 */
export function participantApi(app: () => TestApp) {
  const as = (who: Participant | null | undefined, request: ReturnType<ReturnType<TestApp['http']>['get']>) =>
    who ? request.set('Authorization', `Bearer ${who.jwt}`) : request;
  return {
    get: (who: Participant | null, url: string) => as(who, app().http().get(`/api/mentoring${url}`)),
    post: (who: Participant | null, url: string, body?: object) => {
      const request = as(who, app().http().post(`/api/mentoring${url}`));
      return body === undefined ? request : request.send(body);
    },
    put: (who: Participant | null, url: string, body: object) => as(who, app().http().put(`/api/mentoring${url}`)).send(body),
    /** A participant's profile documentId, as others name it. */
    profileId: async (who: Participant): Promise<string> => (await as(who, app().http().get('/api/mentoring/me'))).body.profile.documentId,
  };
}

/** Outbox rows with the given dedupe keys, in key order: who is told what. */
export async function outbox(app: TestApp, keys: string[]) {
  const rows: { dedupeKey: string; kind: string; recipientRole: string; recipientId: string | null; payload: Record<string, unknown>; status: string }[] = await app.strapi.db
    .query('plugin::mentoring.notification')
    .findMany({ where: { dedupeKey: { $in: keys } }, orderBy: { dedupeKey: 'asc' } });
  return rows.map(({ dedupeKey, kind, recipientRole, recipientId, payload, status }) => ({ dedupeKey, kind, recipientRole, recipientId, payload, status }));
}

/** Every outbox key mentioning a request or connection id, for "nothing else was sent". */
export async function keysAbout(app: TestApp, id: string): Promise<string[]> {
  const rows: { dedupeKey: string }[] = await app.strapi.db.query('plugin::mentoring.notification').findMany({ where: { dedupeKey: { $contains: id } }, select: ['dedupeKey'] });
  return rows.map((row) => row.dedupeKey).sort();
}

export const settingsService = (app: TestApp) => app.strapi.plugin('mentoring').service('settings');

/** A 409 whose `details.code` names the rule that refused. */
export function expectConflict(response: { status: number; body: any }, code: string) {
  expect({ status: response.status, code: response.body?.error?.details?.code }).toEqual({ status: 409, code });
}
