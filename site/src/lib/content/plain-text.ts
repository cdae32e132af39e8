import type { InlineNode } from '../api';

/** The characters of inline nodes without their marks or links. */
export function plainText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : plainText(node.children))).join('');
}
