/**
 * The one place that turns an email's content into its plain-text and HTML bodies. Templates
 * write words, never markup, so every name, reason and title a participant typed is escaped here.
 */

/** A paragraph, or a list of linked lines (the digest). */
export type Block = string | { list: { text: string; url: string }[] };

export interface MailContent {
  subject: string;
  /** "Hello Ana," — null for staff mail, which has no greeting by name. */
  greeting: string | null;
  blocks: Block[];
  action: { label: string; url: string };
  /** Reminder mail carries how to get fewer of them; transactional mail does not. */
  footer?: { digestUrl: string; unsubscribeUrl: string };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const SIGNATURE = 'The mentoring program team';

export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A subject is one header line: whatever a participant typed into a name stays on it. */
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ').trim();

/** "a mentee withdrew…" when a name is unknown still starts like a sentence. */
const sentence = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

const footerText = (footer: NonNullable<MailContent['footer']>) =>
  `You get reminders because you take part in the mentoring program. Prefer one email a day? Choose the daily digest in your profile: ${footer.digestUrl}\nStop reminders: ${footer.unsubscribeUrl}`;

function toText(content: MailContent): string {
  const parts = [
    ...(content.greeting ? [content.greeting] : []),
    ...content.blocks.map((block) => (typeof block === 'string' ? block : block.list.map((item) => `- ${item.text}\n  ${item.url}`).join('\n'))),
    `${content.action.label}: ${content.action.url}`,
    `— ${SIGNATURE}`,
    ...(content.footer ? [footerText(content.footer)] : []),
  ];
  return `${parts.join('\n\n')}\n`;
}

const link = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;

function toHtml(content: MailContent): string {
  const paragraph = (inner: string, style = '') => `<p${style ? ` style="${style}"` : ''}>${inner}</p>`;
  const blocks = content.blocks.map((block) =>
    typeof block === 'string'
      ? paragraph(escapeHtml(block))
      : `<ul>${block.list.map((item) => `<li>${link(item.url, item.text)}</li>`).join('')}</ul>`,
  );
  const button =
    `<a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:10px 16px;background:#1d4ed8;color:#ffffff;` +
    `border-radius:6px;text-decoration:none">${escapeHtml(content.action.label)}</a>`;
  const footer = content.footer
    ? paragraph(
        `You get reminders because you take part in the mentoring program. Prefer one email a day? ` +
          `${link(content.footer.digestUrl, 'Choose the daily digest in your profile')}. ${link(content.footer.unsubscribeUrl, 'Stop reminders')}.`,
        'color:#6b7280;font-size:12px',
      )
    : '';
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#111827;max-width:560px">',
    ...(content.greeting ? [paragraph(escapeHtml(content.greeting))] : []),
    ...blocks,
    paragraph(button),
    paragraph(`— ${escapeHtml(SIGNATURE)}`, 'color:#4b5563'),
    footer,
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');
}

export function renderMail(raw: MailContent): RenderedMail {
  const content = { ...raw, subject: sentence(oneLine(raw.subject)), blocks: raw.blocks.map((block) => (typeof block === 'string' ? sentence(block) : block)) };
  return { subject: content.subject, text: toText(content), html: toHtml(content) };
}
