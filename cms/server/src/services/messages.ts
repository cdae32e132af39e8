import type { Core } from '@strapi/strapi';
import { messageCreateSchema, messageListQuerySchema, type MessagePage, type MessageView } from '../../../shared/contracts/pair';
import { UID } from '../constants/uids';
import { notify } from '../workflow/notifications';
import { badInput, parseOrThrow } from '../utils/errors';
import { getService } from '../utils/get-service';
import { otherSide, requireActive, sideOf } from '../utils/pair';
import { newDocumentId } from './workflow-store';

interface MessageRow {
  id: number;
  documentId: string;
  author: 'mentee' | 'mentor';
  bodyCipher: string;
  createdAt: string | Date;
}

/** The body's encryption context: a ciphertext opens only on the message it was written for. */
export const bodyContext = (documentId: string) => `message:${documentId}:body`;

const FIELDS = ['id', 'documentId', 'author', 'bodyCipher', 'createdAt'];

/**
 * A pair's thread. Bodies are stored encrypted and only ever decrypted for the pair; the other
 * side is told a message arrived, never what it says. Writing needs an active connection; the
 * thread stays readable after the connection ends.
 */
const messages = ({ strapi }: { strapi: Core.Strapi }) => {
  const confidential = () => getService(strapi, 'confidential');

  const view = (row: MessageRow): MessageView => ({
    documentId: row.documentId,
    author: row.author,
    body: confidential().open(row.bodyCipher, bodyContext(row.documentId)),
    createdAt: new Date(row.createdAt).toISOString(),
  });

  return {
    /**
     * The newest `limit` messages before the cursor (a message's documentId; the newest when
     * omitted), oldest first as a thread reads. Insertion order (row id) decides, so messages
     * arriving meanwhile never shift a page.
     */
    async list(user: unknown, connectionId: string, query: unknown): Promise<MessagePage> {
      const { before, limit } = parseOrThrow(messageListQuerySchema, query ?? {}, 'The query is not valid');
      const { row } = await getService(strapi, 'pairs').connectionFor(user as any, connectionId);
      const where: Record<string, unknown> = { connection: { id: row.id } };
      if (before) {
        const cursor = await strapi.db.query(UID.message).findOne({ where: { documentId: before, connection: { id: row.id } }, select: ['id'] });
        if (!cursor) throw badInput('The query is not valid', [{ path: ['before'], message: 'is not a message of this connection' }]);
        where.id = { $lt: cursor.id };
      }
      const rows: MessageRow[] = await strapi.db.query(UID.message).findMany({ where, select: FIELDS, orderBy: { id: 'desc' }, limit: limit + 1 });
      const hasOlder = rows.length > limit;
      const page = rows.slice(0, limit).reverse();
      return { data: page.map(view), meta: { limit, hasOlder, before: hasOlder ? page[0].documentId : null } };
    },

    async create(user: unknown, connectionId: string, body: unknown, now: Date): Promise<MessageView> {
      const input = parseOrThrow(messageCreateSchema, body, 'The message is not valid');
      const { actor, row, state } = await getService(strapi, 'pairs').connectionFor(user as any, connectionId);
      requireActive(state, 'send messages');
      const id = newDocumentId();
      const store = getService(strapi, 'workflowStore');
      await store.inTransaction(async () => {
        await strapi.documents(UID.message).create({
          data: { documentId: id, connection: row.id, author: actor.side, bodyCipher: confidential().seal(input.body, bodyContext(id)) } as any,
        });
        await store.enqueue(
          [notify('message_received', `message:${id}:received`, sideOf(state, otherSide(actor.side)), { connectionId: state.id, messageId: id, author: actor.side })],
          now,
        );
      });
      return view(await strapi.db.query(UID.message).findOne({ where: { documentId: id }, select: FIELDS }));
    },
  };
};

export default messages;
