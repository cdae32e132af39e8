import mentorSchema from '../content-types/mentor-profile/schema.json';
import menteeSchema from '../content-types/mentee-profile/schema.json';
import { CARD_FIELDS, PHOTO_FIELDS, cardView } from './view';

type Attribute = { type: string; enum?: string[] };

/** A stored row with every column of the type filled, each with a value of its own. */
const fullRow = (attributes: Record<string, Attribute>) => ({
  id: 7,
  documentId: 'doc-7',
  heldSlots: 1,
  ...Object.fromEntries(
    Object.entries(attributes).flatMap(([name, attribute]): [string, unknown][] => {
      switch (attribute.type) {
        case 'relation':
          return [];
        case 'media':
          return [[name, { url: '/uploads/p.jpg', alternativeText: 'A photo', formats: { thumbnail: { url: '/uploads/t.jpg' } }, name: 'p.jpg', size: 12 }]];
        case 'json':
          return [[name, [`${name} value`]]];
        case 'integer':
          return [[name, 3]];
        case 'boolean':
          return [[name, true]];
        case 'enumeration':
          return [[name, attribute.enum![0]]];
        default:
          return [[name, `${name} value`]];
      }
    }),
  ),
});

const pick = (row: Record<string, any>, fields: readonly string[]) => ({
  ...Object.fromEntries(fields.filter((field) => field in row).map((field) => [field, row[field]])),
  heldSlots: row.heldSlots,
  photo: Object.fromEntries(PHOTO_FIELDS.map((field) => [field, row.photo[field]])),
});

describe('CARD_FIELDS', () => {
  it.each([
    ['mentor', mentorSchema.attributes],
    ['mentee', menteeSchema.attributes],
  ] as const)('holds every stored field a %s card reads', (role, attributes) => {
    const row = fullRow(attributes as Record<string, Attribute>);
    expect(cardView(role, pick(row, CARD_FIELDS[role]))).toEqual(cardView(role, row));
  });
});
