import type { ListBlock, ListItemNode } from '../api';

export interface ListEntry {
  item?: ListItemNode;
  sublists: ListBlock[];
}

/**
 * Strapi stores a nested list as a sibling that follows its parent item; HTML wants it inside
 * that item's <li>. A nested list with no item before it gets an <li> of its own.
 */
export function nestListEntries(children: ListBlock['children']): ListEntry[] {
  const entries: ListEntry[] = [];
  for (const child of children) {
    const last = entries.at(-1);
    if (child.type === 'list-item') entries.push({ item: child, sublists: [] });
    else if (last) last.sublists.push(child);
    else entries.push({ sublists: [child] });
  }
  return entries;
}
