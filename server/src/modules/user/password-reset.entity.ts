import { Column, Entity, Index } from 'typeorm';
import { OneTimeLink } from './one-time-link.js';

/**
 * A one-time link to choose a new password, issued by whoever manages the user. `revokedAt`:
 * replaced by a newer link, or void because the user changed their password themself.
 */
@Entity('password_reset')
@Index('uq_password_reset_pending', ['userId'], { unique: true, where: '"used_at" IS NULL AND "revoked_at" IS NULL' })
export class PasswordReset extends OneTimeLink {
  @Column({ type: 'uuid', name: 'issued_by' })
  issuedBy: string;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt: Date | null;
}
