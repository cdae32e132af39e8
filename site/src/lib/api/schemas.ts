import { z } from 'zod';
import { Blocks } from './blocks';

/** The editorial content types as Strapi's REST API returns them (only the fields the site uses). */
export const Faq = z.object({
  documentId: z.string(),
  question: z.string(),
  answer: Blocks,
  category: z.string(),
  order: z.number().int().nullable(),
});

const ListItem = z.object({ text: z.string() });

export const Contact = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string().nullish(),
});

export const ProgramInfo = z.object({
  programName: z.string(),
  tagline: z.string().nullish(),
  intro: Blocks.nullish(),
  howItWorks: z.array(z.object({ title: z.string(), text: z.string() })).default([]),
  contact: Contact,
  menteeExpectations: z.array(ListItem).default([]),
  mentorExpectations: z.array(ListItem).default([]),
  programPeriod: z.string().nullish(),
});

export const Audience = z.enum(['mentees', 'mentors', 'everyone']);

export const PageSection = z.discriminatedUnion('__component', [
  z.object({ __component: z.literal('blocks.rich-text'), id: z.number(), content: Blocks }),
  z.object({
    __component: z.literal('blocks.call-to-action'),
    id: z.number(),
    heading: z.string(),
    text: z.string().nullish(),
    label: z.string(),
    href: z.string(),
  }),
  z.object({
    __component: z.literal('blocks.expectations-list'),
    id: z.number(),
    audience: Audience,
    heading: z.string(),
    items: z.array(ListItem).default([]),
  }),
]);

export const Page = z.object({
  documentId: z.string(),
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullish(),
  body: z.array(PageSection).default([]),
});

const Pagination = z.object({ page: z.number(), pageCount: z.number() });

export const FaqList = z.object({ data: z.array(Faq), meta: z.object({ pagination: Pagination }) });
export const ProgramInfoSingle = z.object({ data: ProgramInfo.nullable() });
export const PageList = z.object({ data: z.array(Page) });

export type Faq = z.infer<typeof Faq>;
export type Contact = z.infer<typeof Contact>;
export type ProgramInfo = z.infer<typeof ProgramInfo>;
export type Audience = z.infer<typeof Audience>;
export type PageSection = z.infer<typeof PageSection>;
export type Page = z.infer<typeof Page>;
