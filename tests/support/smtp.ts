import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { MailConfig } from '../../server/src/config.js';

/** One mail as the capture server received it, decoded (Japanese subjects and bodies as text). */
export type CapturedMail = {
  /** The envelope's recipients. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  /** Every http(s) link in the text, in order. */
  links: string[];
};

export type MailCapture = {
  /** What SMTP_URL (or startTestServer's `mail.smtpUrl`) should be. */
  url: string;
  /** The `mail` option of startTestServer / startApp that sends here, links under `publicUrl` when given (else the server's own address). */
  config(publicUrl?: string): MailConfig;
  /** Everything received so far, in order. */
  mails: CapturedMail[];
  /**
   * The first mail to `address` (whose subject matches `subject`, when given) not returned by an
   * earlier call, waiting for it up to `timeoutMs`: two calls wait for two mails.
   */
  next(address: string, opts?: { subject?: RegExp | string; timeoutMs?: number }): Promise<CapturedMail>;
  /** Received so far to `address`. */
  to(address: string): CapturedMail[];
  close(): Promise<void>;
};

const LINK = /https?:\/\/[^\s<>"')]+/g;

/**
 * A real SMTP server on a free loopback port that keeps what it receives: plain SMTP, no STARTTLS
 * and no authentication, as nodemailer then sends without either.
 */
export async function startMailCapture(): Promise<MailCapture> {
  const mails: CapturedMail[] = [];
  const taken = new Set<CapturedMail>();
  const waiting = new Set<() => void>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const text = parsed.text ?? '';
          mails.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: parsed.from?.text ?? '',
            subject: parsed.subject ?? '',
            text,
            links: text.match(LINK) ?? [],
          });
          for (const wake of waiting) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  const matches = (mail: CapturedMail, address: string, subject?: RegExp | string) =>
    mail.to.includes(address.toLowerCase()) && (subject === undefined || (typeof subject === 'string' ? mail.subject.includes(subject) : subject.test(mail.subject)));

  return {
    url,
    mails,
    config: (publicUrl) => ({ smtpUrl: url, from: 'Kaizen Review <no-reply@example.jp>', publicUrl }),
    to: (address) => mails.filter((m) => matches(m, address)),
    next(address, { subject, timeoutMs = 10_000 } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = mails.find((m) => !taken.has(m) && matches(m, address, subject));
          if (!mail) return;
          taken.add(mail);
          finish();
          resolve(mail);
        };
        const timer = setTimeout(() => {
          finish();
          const seen = mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join('\n  ');
          reject(new Error(`no mail to ${address}${subject ? ` matching ${subject}` : ''} within ${timeoutMs} ms; received:\n  ${seen || '(none)'}`));
        }, timeoutMs);
        const finish = () => {
          clearTimeout(timer);
          waiting.delete(check);
        };
        waiting.add(check);
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The link of `mail` to a client route starting with `path` (e.g. `/invitation/`), or an error naming the links it has. */
export function linkTo(mail: CapturedMail, path: string): URL {
  const found = mail.links.map((l) => new URL(l)).find((u) => u.pathname.startsWith(path));
  if (!found) throw new Error(`no link to ${path} in "${mail.subject}": ${mail.links.join(', ') || 'no links'}`);
  return found;
}
