import { z } from 'zod';

/**
 * Strapi's "blocks" rich text, as its editor saves it. Types come from these schemas, so what the
 * renderer handles is exactly what the client has checked.
 */
const TextNode = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

const LinkNode = z.object({
  type: z.literal('link'),
  url: z.string(),
  children: z.array(TextNode),
});

const InlineNode = z.discriminatedUnion('type', [TextNode, LinkNode]);

const ListItemNode = z.object({
  type: z.literal('list-item'),
  children: z.array(InlineNode),
});

export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: Array<z.infer<typeof ListItemNode> | ListBlock>;
}

const ListBlockSchema: z.ZodType<ListBlock> = z.object({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  get children() {
    return z.array(z.union([ListItemNode, ListBlockSchema]));
  },
});

const ImageBlock = z.object({
  type: z.literal('image'),
  image: z.object({
    url: z.string(),
    alternativeText: z.string().nullish(),
    caption: z.string().nullish(),
    width: z.number().nullish(),
    height: z.number().nullish(),
  }),
});

export const Block = z.union([
  z.object({ type: z.literal('paragraph'), children: z.array(InlineNode) }),
  z.object({ type: z.literal('heading'), level: z.number().int().min(1).max(6), children: z.array(InlineNode) }),
  z.object({ type: z.literal('quote'), children: z.array(InlineNode) }),
  z.object({ type: z.literal('code'), language: z.string().nullish(), children: z.array(InlineNode) }),
  ListBlockSchema,
  ImageBlock,
]);

export const Blocks = z.array(Block);

export type TextNode = z.infer<typeof TextNode>;
export type InlineNode = z.infer<typeof InlineNode>;
export type ListItemNode = z.infer<typeof ListItemNode>;
export type Block = z.infer<typeof Block>;
export type Blocks = z.infer<typeof Blocks>;
