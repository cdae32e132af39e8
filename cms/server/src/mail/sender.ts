/** `Mentoring Program <mentoring@example.edu>` → its name and address (MAIL_FROM's two forms). */
export function parseSender(from: string): { name: string; email: string } {
  const match = from.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/);
  return match ? { name: match[1].trim(), email: match[2].trim() } : { name: '', email: from.trim() };
}
