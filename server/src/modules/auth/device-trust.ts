import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * "Device cookies" (OWASP): a browser in which an account signed in gets a signed cookie for that
 * account. Its sign-ins for the account are limited per device, not per address or per account,
 * so an attacker who fails on purpose — from the same office proxy or from anywhere — cannot lock
 * the account's owner out of the browser they use. The key lives in memory: a restart only makes
 * devices start over as unknown.
 */
export class DeviceTrust {
  private readonly key = randomBytes(32);

  /** A new device cookie value for the account `email` (normalized). */
  issue(email: string): string {
    const device = randomBytes(12).toString('base64url');
    return `${device}.${this.mac(email, device)}`;
  }

  /** The device's id when `cookie` was issued here for `email`; null otherwise. */
  verify(cookie: string | undefined, email: string): string | null {
    const [device, mac, ...rest] = (cookie ?? '').split('.');
    if (!device || !mac || rest.length > 0 || device.length > 32) return null;
    const expected = Buffer.from(this.mac(email, device));
    const given = Buffer.from(mac);
    return given.length === expected.length && timingSafeEqual(given, expected) ? device : null;
  }

  private mac(email: string, device: string): string {
    return createHmac('sha256', this.key).update(`${email}\n${device}`).digest('base64url');
  }
}
