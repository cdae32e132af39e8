import fs from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { e2eEnv } from './env';

/**
 * The newest message Strapi's mail capture wrote to `address` whose subject matches, waiting for
 * it: mail goes out after the response that caused it.
 */
export async function waitForMail(address: string, subject: RegExp, { timeoutMs = 15_000 } = {}): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = fs.existsSync(e2eEnv.mailDir) ? fs.readdirSync(e2eEnv.mailDir).filter((file) => file.endsWith('.eml')).sort().reverse() : [];
    for (const file of files) {
      const mail = await simpleParser(fs.readFileSync(path.join(e2eEnv.mailDir, file)));
      const to = (Array.isArray(mail.to) ? mail.to : [mail.to]).map((entry) => entry?.text ?? '').join(',');
      if (to.includes(address) && subject.test(mail.subject ?? '')) return mail;
    }
    if (Date.now() > deadline) throw new Error(`no captured mail to ${address} with subject ${subject} in ${e2eEnv.mailDir}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The first link in a message's HTML that starts with `prefix`. */
export function linkIn(mail: ParsedMail, prefix: string): string {
  const html = typeof mail.html === 'string' ? mail.html : '';
  const link = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&')).find((href) => href.startsWith(prefix));
  if (!link) throw new Error(`no link starting with ${prefix} in "${mail.subject}"`);
  return link;
}
