/**
 * The small pages behind a reminder's unsubscribe link. The link itself only shows a button: mail
 * scanners open links, and must not unsubscribe anyone. Pressing it, or a mail client's one-click
 * POST (RFC 8058), turns reminders off.
 */
import { escapeHtml } from './layout';

const page = (title: string, body: string) =>
  [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#111827;max-width:560px;margin:40px auto;padding:0 16px">',
    `<h1 style="font-size:22px">${escapeHtml(title)}</h1>`,
    body,
    '</body></html>',
  ].join('\n');

const profileLink = (siteUrl: string) => `<a href="${escapeHtml(`${siteUrl}/portal/profile`)}">your profile</a>`;

export const confirmPage = (token: string, siteUrl: string) =>
  page(
    'Stop mentoring reminders?',
    `<p>You will still get the emails that matter: requests, answers, meetings and messages. Only reminders stop.</p>
<form method="post"><input type="hidden" name="token" value="${escapeHtml(token)}"><button type="submit" style="padding:10px 16px;font-size:15px">Stop reminders</button></form>
<p>Prefer one email a day instead? Choose the daily digest in ${profileLink(siteUrl)}.</p>`,
  );

export const donePage = (siteUrl: string) =>
  page(
    'Reminders stopped',
    `<p>You will get no more reminder emails from the mentoring program. You can turn them back on in ${profileLink(siteUrl)}.</p>`,
  );

export const invalidPage = (siteUrl: string) =>
  page(
    'This link does not work',
    `<p>This unsubscribe link is incomplete or not valid. Use the link from the email as it is, or change your reminder settings in ${profileLink(siteUrl)}.</p>`,
  );
