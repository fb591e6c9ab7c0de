import nodemailer, { type Transporter } from 'nodemailer';
import type { MailConfig } from '../../config.js';

export type Mail = { to: string; subject: string; text: string };

/** At most this many mails per event (a cycle opening for every department, a day's reminders of a cycle); the rest are logged as not sent. */
export const MAX_MAILS_PER_EVENT = 200;
/** Events waiting to be sent; beyond this (the SMTP server away for long) new ones are dropped and logged. */
const MAX_QUEUED_EVENTS = 500;
/** A server that does not answer costs seconds, never a hung queue. */
const TIMEOUTS = { connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000, dnsTimeout: 5_000 };
/** Connection-level failures: the rest of the event's mails would wait for the same timeout, so they are given up. */
const UNREACHABLE = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ETLS', 'EAUTH', 'ECONNREFUSED']);

export type MailLog = Pick<Console, 'warn' | 'error'>;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Sends mail in the background, one event after another, one mail after another: whoever queues
 * an event has already committed and answered, and nothing here throws back at them. Each mail
 * opens its own connection (no pool): nothing stays open between events, and a server that
 * closes idle connections costs nothing.
 */
export class Mailer {
  private readonly transport: Transporter;
  private tail: Promise<void> = Promise.resolve();
  private queued = 0;

  constructor(
    config: Pick<MailConfig, 'smtpUrl' | 'from'>,
    private readonly log: MailLog = console,
  ) {
    this.transport = nodemailer.createTransport({ url: config.smtpUrl, ...TIMEOUTS }, { from: config.from });
  }

  /**
   * Queues `what`: `compose` (reading recipients, writing texts) runs after everything queued
   * before it, then its mails are sent. `what` names the event in the log, never an address.
   */
  enqueue(what: string, compose: () => Promise<Mail[]>): void {
    if (this.queued >= MAX_QUEUED_EVENTS) {
      this.log.warn(`Mail: ${what} not sent: ${MAX_QUEUED_EVENTS} events are already waiting for the SMTP server`);
      return;
    }
    this.queued++;
    this.tail = this.tail.then(() => this.run(what, compose)).finally(() => this.queued--);
  }

  /** Waits for what is queued, at most `ms`. */
  async idle(ms = 5_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.tail, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
    clearTimeout(timer);
  }

  async close(): Promise<void> {
    await this.idle();
    this.transport.close();
  }

  private async run(what: string, compose: () => Promise<Mail[]>): Promise<void> {
    let mails: Mail[];
    try {
      mails = await compose();
    } catch (error) {
      this.log.error(`Mail: ${what} not sent: ${messageOf(error)}`);
      return;
    }
    if (mails.length > MAX_MAILS_PER_EVENT) {
      this.log.warn(`Mail: ${what}: ${mails.length - MAX_MAILS_PER_EVENT} of ${mails.length} mails not sent (at most ${MAX_MAILS_PER_EVENT} per event)`);
      mails = mails.slice(0, MAX_MAILS_PER_EVENT);
    }
    for (const [i, mail] of mails.entries()) {
      try {
        await this.transport.sendMail(mail);
      } catch (error) {
        const unreachable = UNREACHABLE.has((error as { code?: string }).code ?? '');
        const lost = unreachable ? mails.length - i : 1;
        this.log.error(`Mail: ${what}: ${lost} of ${mails.length} mails not sent: ${messageOf(error)}`);
        if (unreachable) return;
      }
    }
  }
}
