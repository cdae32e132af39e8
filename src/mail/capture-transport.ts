import fs from 'fs';
import path from 'path';

/** The slice of nodemailer's MailMessage a transport uses. */
interface OutgoingMail {
  data: { subject?: string };
  message: {
    build(callback: (error: Error | null, raw: Buffer) => void): void;
    getEnvelope(): { from: string | false; to: string[] };
    messageId(): string;
  };
}

export interface CaptureTransportOptions {
  /** Folder that receives one .eml file per message. */
  dir: string;
  log?: (line: string) => void;
}

/**
 * A nodemailer transport for machines without SMTP: each message is written, exactly as it would
 * go on the wire, to an .eml file that any mail client opens, and summarised in one log line.
 */
// The transport is built from config, before Strapi's logger exists; it logs through it once running.
const defaultLog = (line: string) => (globalThis.strapi?.log ?? console).info(line);

export function createCaptureTransport({ dir, log = defaultLog }: CaptureTransportOptions) {
  let sequence = 0;
  return {
    name: 'mentoring-mail-capture',
    version: '1.0.0',
    send(mail: OutgoingMail, callback: (error: Error | null, info?: unknown) => void) {
      mail.message.build((buildError, raw) => {
        if (buildError) return callback(buildError);
        const envelope = mail.message.getEnvelope();
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        sequence += 1;
        const file = path.join(dir, `${stamp}-${process.pid}-${sequence}.eml`);
        fs.promises
          .mkdir(dir, { recursive: true })
          .then(() => fs.promises.writeFile(file, raw))
          .then(() => {
            log(`[mail] to ${envelope.to.join(', ')} | ${mail.data.subject ?? '(no subject)'} | ${file}`);
            callback(null, { envelope, messageId: mail.message.messageId(), file });
          })
          .catch((error: Error) => callback(error));
      });
    },
  };
}
