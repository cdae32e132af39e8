/** "What is the Alumni–Student Program?" → "what-is-the-alumni-student-program" */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** Hands out slugs that are unique on one page: a repeat gets "-2", "-3"… */
export function uniqueSlugger(reserved: Iterable<string> = []): (text: string, fallback: string) => string {
  const taken = new Set(reserved);
  return (text, fallback) => {
    const base = slugify(text) || fallback;
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  };
}
