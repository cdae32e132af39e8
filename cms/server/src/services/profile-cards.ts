import type { Core } from '@strapi/strapi';
import type { Role } from '../../../shared/contracts/profile';
import { PROFILE_UID } from '../constants/uids';
import { CARD_FIELDS, PHOTO_FIELDS, cardView } from '../profiles/view';
import { getService } from '../utils/get-service';
import type { Responsiveness } from './mentor-responsiveness';

export type Card = ReturnType<typeof cardView> & { responsiveness?: Responsiveness };

/**
 * Directory cards (suggestions, directory pages) by documentId. Reads only the columns a card
 * shows, through the query engine rather than the document service: a page of 20 mentors is
 * three small queries (cards with photos, held places, reply times), not full profiles whose
 * long texts and JSON lists are read, parsed and dropped on every request.
 */
const profileCards = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Cards by documentId; unknown ids are left out. A mentor's card carries its reply times. */
  async byDocumentId(kind: Role, documentIds: readonly string[]): Promise<Map<string, Card>> {
    if (documentIds.length === 0) return new Map();
    const rows: (Record<string, any> & { id: number; documentId: string })[] = await strapi.db.query(PROFILE_UID[kind]).findMany({
      where: { documentId: { $in: [...documentIds] } },
      select: [...CARD_FIELDS[kind]],
      populate: { photo: { select: [...PHOTO_FIELDS] } },
    });
    await getService(strapi, 'mentorCapacity').withHeldSlots(kind, rows);
    const replies = kind === 'mentor' ? await getService(strapi, 'mentorResponsiveness').of(rows.map((row) => row.id)) : null;
    return new Map(rows.map((row) => [row.documentId, { ...cardView(kind, row), ...(replies ? { responsiveness: replies.get(row.id) } : {}) }]));
  },
});

export default profileCards;
