import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { findByIdOrFail } from '../../db/find-by-id.js';
import { BadInputError, ConflictError, ForbiddenError, InvalidStateError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { endAllSessions, endOtherSessions, hashPassword, hashToken, newToken, startSession, verifyPassword } from '../auth/auth.service.js';
import { FailureCount } from '../auth/failure-count.js';
import type { Notifier } from '../notification/notifier.js';
import { checkPassword } from '../auth/password-policy.js';
import { PasswordReset } from './password-reset.entity.js';
import { User } from './user.entity.js';
import { mayManageUser } from './user.policy.js';
import { auditedUser } from './user.service.js';

export const PASSWORD_RESET_TTL_MS = 24 * 60 * 60 * 1000;

/** One answer for a reset link that is unknown, expired, used or replaced, as for invitations. */
const INVALID_RESET =
  'このパスワード再設定リンクは使えません（期限切れ・使用済み・再発行済みを含みます）。管理者に新しいリンクを依頼してください / This password reset link is not valid (it may have expired, been used or been replaced): ask an administrator for a new one';
const WRONG_CURRENT = '現在のパスワードが正しくありません / The current password is incorrect';
const SAME_AS_CURRENT = '現在と同じパスワードは使えません / Choose a password other than the current one';

/** A new reset link as returned to whoever issued it, the only time its token is seen. */
export type IssuedPasswordReset = { user: User; resetPath: string; expiresAt: Date };

/**
 * Changing and resetting passwords. The slow hash is computed before any transaction opens: on the
 * embedded database's one connection, a hash inside a transaction holds everyone else up.
 */
export class PasswordService {
  /** Wrong current passwords per user: a stolen session must not become a password oracle. */
  private readonly currentPasswordChecks = new FailureCount(5, 15 * 60, 15 * 60, 60 * 60);

  constructor(
    private readonly dataSource: DataSource,
    /** E-mails each reset link to its user (whoever issued it is shown it too). */
    private readonly notifier: Notifier | null = null,
  ) {}

  /** The user changes their own password; their other sessions end. `sessionToken` is this browser's. */
  async changePassword(viewer: User, sessionToken: string | undefined, currentPassword: string, newPassword: string): Promise<User> {
    if (!viewer.passwordHash) throw new InvalidStateError('この利用者にはパスワードがありません / The user has no password', 'INVITED');
    const point = await this.currentPasswordChecks.take(viewer.id);
    if (!(await verifyPassword(viewer.passwordHash, currentPassword))) {
      await this.currentPasswordChecks.failed(point);
      throw new BadInputError(WRONG_CURRENT, 'currentPassword');
    }
    await this.currentPasswordChecks.clear(viewer.id);
    checkPassword(newPassword, viewer.email, 'newPassword');
    if (newPassword === currentPassword) throw new BadInputError(SAME_AS_CURRENT, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    return this.dataSource.transaction(async (manager) => {
      const user = await findByIdOrFail(manager, User, 'User', viewer.id, { lock: { mode: 'pessimistic_write' } });
      // Changed (or reset) since this request checked the current password: that check is void.
      if (user.passwordHash !== viewer.passwordHash) throw new ConflictError('User', null);
      const before = auditedUser(user);
      user.passwordHash = passwordHash;
      user.mustChangePassword = false;
      await manager.save(user);
      const sessionsEnded = await endOtherSessions(manager, user.id, sessionToken);
      const resetsWithdrawn = await withdrawPendingResets(manager, user.id);
      await recordAudit(manager, { userId: user.id, action: 'user.changePassword', entityType: 'User', entityId: user.id, before, after: { ...auditedUser(user), sessionsEnded, resetsWithdrawn } });
      return user;
    });
  }

  /** A one-time link (24 h) for the user to choose a new password; the previous link stops working. */
  async issueReset(viewer: User, userId: string): Promise<IssuedPasswordReset> {
    const issued = await this.dataSource.transaction(async (manager) => {
      const user = await findByIdOrFail(manager, User, 'User', userId, { lock: { mode: 'pessimistic_write' } });
      if (user.id === viewer.id) throw new ForbiddenError('自分のパスワードは「アカウント」で変更してください / Change your own password on your account page');
      if (!mayManageUser(viewer, user)) throw new ForbiddenError('管理者のパスワードを再設定できるのは管理者だけです / Only an administrator resets an administrator’s password');
      if (user.disabledAt) throw new InvalidStateError('無効にされた利用者です。先に有効にしてください / The user is disabled: enable them first', 'DISABLED');
      if (!user.passwordHash) throw new InvalidStateError('招待を受け入れていない利用者です。招待を再発行してください / The user has not accepted their invitation: reissue it', 'INVITED');
      const resetsWithdrawn = await withdrawPendingResets(manager, user.id);
      const { token, tokenHash } = newToken();
      const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_MS);
      await manager.insert(PasswordReset, { tokenHash, userId: user.id, issuedBy: viewer.id, expiresAt });
      await recordAudit(manager, {
        userId: viewer.id,
        action: 'user.issuePasswordReset',
        entityType: 'User',
        entityId: user.id,
        before: auditedUser(user),
        after: { ...auditedUser(user), resetExpiresAt: expiresAt, resetsWithdrawn },
      });
      return { user, resetPath: `/password-reset/${token}`, expiresAt };
    });
    this.notifier?.passwordReset(issued);
    return issued;
  }

  /** The holder of a reset link chooses a password: every session of the user ends, and this browser is signed in. */
  async resetPassword(token: string, password: string): Promise<{ user: User; sessionToken: string }> {
    const tokenHash = hashToken(token);
    const found = await this.dataSource.getRepository(PasswordReset).findOne({ where: { tokenHash }, relations: { user: true } });
    if (!found || !usable(found, found.user!)) throw new BadInputError(INVALID_RESET, 'token');
    // A refused password leaves the link as it was: the user tries again with the same link.
    checkPassword(password, found.user!.email);
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const reset = await manager.findOne(PasswordReset, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      const user = reset && (await manager.findOne(User, { where: { id: reset.userId }, lock: { mode: 'pessimistic_write' } }));
      if (!reset || !user || !usable(reset, user)) throw new BadInputError(INVALID_RESET, 'token');
      const before = auditedUser(user);
      user.passwordHash = passwordHash;
      user.mustChangePassword = false;
      await manager.save(user);
      reset.usedAt = new Date();
      await manager.save(reset);
      const sessionsEnded = await endAllSessions(manager, user.id);
      const sessionToken = await startSession(manager, user.id);
      await recordAudit(manager, { userId: user.id, action: 'user.resetPassword', entityType: 'User', entityId: user.id, before, after: { ...auditedUser(user), sessionsEnded } });
      return { user, sessionToken };
    });
  }
}

function usable(reset: PasswordReset, user: User): boolean {
  return !reset.usedAt && !reset.revokedAt && reset.expiresAt.getTime() > Date.now() && !user.disabledAt && !!user.passwordHash;
}

/** Voids the user's unused reset link, if any; returns how many. */
export async function withdrawPendingResets(manager: EntityManager, userId: string): Promise<number> {
  const result = await manager.update(PasswordReset, { userId, usedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
  return result.affected ?? 0;
}
