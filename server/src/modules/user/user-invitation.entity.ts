import { Column, Entity, Index } from 'typeorm';
import { OneTimeLink } from './one-time-link.js';

/** An invitation to choose a password. `revokedAt`: replaced by a newer invitation, or withdrawn when the user was disabled. */
@Entity('user_invitation')
@Index('uq_user_invitation_pending', ['userId'], { unique: true, where: '"accepted_at" IS NULL AND "revoked_at" IS NULL' })
export class UserInvitation extends OneTimeLink {
  @Column({ type: 'uuid', name: 'invited_by' })
  invitedBy: string;

  @Column({ type: 'timestamptz', name: 'accepted_at', nullable: true })
  acceptedAt: Date | null;
}
