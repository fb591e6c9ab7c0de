import { Role } from '@kaizen/shared';
import { IsNull, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { findByIdOrFail } from '../../db/find-by-id.js';
import { BadInputError, ConflictError, ForbiddenError, InvalidStateError, isUuid } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { endAllSessions, hashPassword, hashToken, newToken, normalizeEmail, startSession } from '../auth/auth.service.js';
import { checkPassword } from '../auth/password-policy.js';
import { Department } from '../department/department.entity.js';
import type { Notifier } from '../notification/notifier.js';
import { withdrawPendingResets } from './password.service.js';
import { UserInvitation } from './user-invitation.entity.js';
import { User } from './user.entity.js';
import { mayManageRole, mayManageUser } from './user.policy.js';
import { userStatus, type InvitationPreview, type InviteUserInput, type UpdateUserInput } from './user.types.js';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** One answer for a token that is unknown, expired, used or replaced: which one is nobody's business. */
const INVALID_INVITATION =
  'この招待リンクは使えません（期限切れ・使用済み・再発行済みを含みます）。招待した人に新しいリンクを依頼してください / This invitation link is not valid (it may have expired, been used or been replaced): ask whoever invited you for a new one';
const MAX_NAME_LENGTH = 100;
const MAX_REASON_LENGTH = 500;
const emailFormat = z.email().max(254);

/** A new invitation as returned to the inviter, the only time its token is seen. */
export type IssuedInvitation = { user: User; token: string; acceptPath: string; expiresAt: Date };

/**
 * A user as written to the audit log: an explicit list of fields, so that the password hash can
 * never reach it (audit snapshots copy every column of what they are given).
 */
export function auditedUser(user: User) {
  const { id, email, displayName, role, departmentId, disabledAt, disabledReason, mustChangePassword, createdAt } = user;
  return { id, email, displayName, role, departmentId, status: userStatus(user), disabledAt, disabledReason, mustChangePassword, createdAt };
}

function cleanText(value: string, field: string, max: number, what: { ja: string; en: string }): string {
  const text = value.trim();
  if (!text) throw new BadInputError(`${what.ja}を入力してください / Enter the ${what.en}`, field);
  if ([...text].length > max) throw new BadInputError(`${what.ja}は${max}文字以内にしてください / The ${what.en} has at most ${max} characters`, field);
  return text;
}

const NAME = { ja: '氏名', en: 'name' };
const REASON = { ja: '理由', en: 'reason' };

const DUPLICATE_EMAIL = (email: string) => new BadInputError(`${email} は既に登録されています / ${email} already belongs to a user`, 'email');

export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    /** E-mails each new link to its user (the inviter is shown it too). */
    private readonly notifier: Notifier | null = null,
  ) {}

  list(): Promise<User[]> {
    return this.dataSource.getRepository(User).find({ order: { role: 'ASC', email: 'ASC' } });
  }

  /** Creates the user without a password, and an invitation to choose one. */
  async invite(viewer: User, input: InviteUserInput): Promise<IssuedInvitation> {
    if (!mayManageRole(viewer, input.role)) throw new ForbiddenError('管理者を招待できるのは管理者だけです / Only an administrator invites an administrator');
    const email = normalizeEmail(input.email);
    if (!emailFormat.safeParse(email).success) throw new BadInputError('メールアドレスの形式が正しくありません / This is not an e-mail address', 'email');
    const displayName = cleanText(input.displayName, 'displayName', MAX_NAME_LENGTH, NAME);
    const departmentId = input.departmentId ?? null;
    if (input.role === Role.DEPARTMENT && !departmentId) throw new BadInputError('担当課の利用者には部署を指定してください / A DEPARTMENT user needs a department', 'departmentId');
    if (input.role !== Role.DEPARTMENT && departmentId) throw new BadInputError('部署を持つのは担当課の利用者だけです / Only DEPARTMENT users belong to a department', 'departmentId');
    try {
      const invited = await this.dataSource.transaction(async (manager) => {
        if (departmentId && !(isUuid(departmentId) && (await manager.existsBy(Department, { id: departmentId })))) {
          throw new BadInputError('その部署はありません / No such department', 'departmentId');
        }
        if (await manager.existsBy(User, { email })) throw DUPLICATE_EMAIL(email);
        const user = manager.create(User, { email, displayName, role: input.role, departmentId, passwordHash: null, disabledAt: null, disabledReason: null });
        await manager.save(user);
        const issued = await this.issue(manager, viewer, user);
        await recordAudit(manager, {
          userId: viewer.id,
          action: 'user.invite',
          entityType: 'User',
          entityId: user.id,
          before: null,
          after: { ...auditedUser(user), invitationExpiresAt: issued.expiresAt },
        });
        return issued;
      });
      this.notifier?.invitation(invited, viewer);
      return invited;
    } catch (error) {
      // Two invitations of the same address at once: the unique index decides, the answer is the same.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string; table?: string }).code === '23505' && (error.driverError as { table?: string }).table === 'app_user') {
        throw DUPLICATE_EMAIL(email);
      }
      throw error;
    }
  }

  /**
   * Changes a user's name, role or department, under the rules of an invitation: only an
   * administrator grants (or touches) ADMIN, a DEPARTMENT user needs a department, and nobody
   * changes their own role or department (it could lock them out). Their sessions stay: the
   * viewer is read anew on every request, so the new role applies at once.
   */
  async update(viewer: User, input: UpdateUserInput): Promise<User> {
    const displayName = cleanText(input.displayName, 'displayName', MAX_NAME_LENGTH, NAME);
    const departmentId = input.departmentId ?? null;
    if (input.role === Role.DEPARTMENT && !departmentId) throw new BadInputError('担当課の利用者には部署を指定してください / A DEPARTMENT user needs a department', 'departmentId');
    if (input.role !== Role.DEPARTMENT && departmentId) throw new BadInputError('部署を持つのは担当課の利用者だけです / Only DEPARTMENT users belong to a department', 'departmentId');
    if (departmentId && !isUuid(departmentId)) throw new BadInputError('その部署はありません / No such department', 'departmentId');
    return this.dataSource.transaction(async (manager) => {
      const user = await findByIdOrFail(manager, User, 'User', input.id, { lock: { mode: 'pessimistic_write' } });
      if (!mayManageRole(viewer, user.role) || !mayManageRole(viewer, input.role)) {
        throw new ForbiddenError('管理者の権限を扱えるのは管理者だけです / Only an administrator grants or changes administrator rights');
      }
      if (user.id === viewer.id && (input.role !== user.role || departmentId !== user.departmentId)) {
        throw new ForbiddenError('自分自身の役割や部署は変更できません / You cannot change your own role or department');
      }
      if (user.version !== input.expectedVersion) throw new ConflictError('User', { ...auditedUser(user), version: user.version });
      if (departmentId && departmentId !== user.departmentId && !(await manager.existsBy(Department, { id: departmentId }))) {
        throw new BadInputError('その部署はありません / No such department', 'departmentId');
      }
      if (user.displayName === displayName && user.role === input.role && user.departmentId === departmentId) return user;
      const before = auditedUser(user);
      Object.assign(user, { displayName, role: input.role, departmentId });
      await manager.save(user);
      await recordAudit(manager, { userId: viewer.id, action: 'user.update', entityType: 'User', entityId: user.id, before, after: auditedUser(user) });
      return user;
    });
  }

  /** A new link for a user who has not accepted yet; the previous one stops working. */
  async reissueInvitation(viewer: User, userId: string): Promise<IssuedInvitation> {
    const reissued = await this.dataSource.transaction(async (manager) => {
      const user = await findByIdOrFail(manager, User, 'User', userId, { lock: { mode: 'pessimistic_write' } });
      if (!mayManageUser(viewer, user)) throw new ForbiddenError('管理者の招待を扱えるのは管理者だけです / Only an administrator invites an administrator');
      if (user.disabledAt) throw new InvalidStateError('無効にされた利用者です。先に有効にしてください / The user is disabled: enable them first', 'DISABLED');
      if (user.passwordHash) throw new InvalidStateError('この利用者は既に招待を受け入れています / The user has already accepted their invitation', 'ACTIVE');
      const previous = await manager.findOneBy(UserInvitation, { userId: user.id, acceptedAt: IsNull(), revokedAt: IsNull() });
      const issued = await this.issue(manager, viewer, user);
      await recordAudit(manager, {
        userId: viewer.id,
        action: 'user.reissueInvitation',
        entityType: 'User',
        entityId: user.id,
        before: { ...auditedUser(user), invitationExpiresAt: previous?.expiresAt ?? null },
        after: { ...auditedUser(user), invitationExpiresAt: issued.expiresAt },
      });
      return issued;
    });
    this.notifier?.invitation(reissued, viewer);
    return reissued;
  }

  /** Whose an open invitation is, for its page; null for a link that is unknown, expired, used or replaced (one answer for all). */
  async previewInvitation(token: string): Promise<InvitationPreview | null> {
    const found = await this.dataSource.getRepository(UserInvitation).findOne({ where: { tokenHash: hashToken(token) }, relations: { user: true } });
    if (!found || !acceptable(found, found.user!)) return null;
    return { displayName: found.user!.displayName, email: found.user!.email, expiresAt: found.expiresAt };
  }

  /** The invitee sets a password (and may correct their name); returns the user and a session token. */
  async acceptInvitation(token: string, password: string, displayName: string | null | undefined): Promise<{ user: User; sessionToken: string }> {
    const name = displayName == null ? null : cleanText(displayName, 'displayName', MAX_NAME_LENGTH, NAME);
    const tokenHash = hashToken(token);
    // Checked and hashed before the transaction: a slow hash inside it would hold the embedded
    // database's one connection (50 acceptances at once timed out). Checked again under lock below.
    const found = await this.dataSource.getRepository(UserInvitation).findOne({ where: { tokenHash }, relations: { user: true } });
    if (!found || !acceptable(found, found.user!)) throw new BadInputError(INVALID_INVITATION, 'token');
    // A refused password leaves the invitation as it was: the invitee tries again with the same link.
    checkPassword(password, found.user!.email);
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(UserInvitation, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      const user = invitation && (await manager.findOne(User, { where: { id: invitation.userId }, lock: { mode: 'pessimistic_write' } }));
      if (!invitation || !user || !acceptable(invitation, user)) throw new BadInputError(INVALID_INVITATION, 'token');
      const before = auditedUser(user);
      user.passwordHash = passwordHash;
      if (name) user.displayName = name;
      await manager.save(user);
      invitation.acceptedAt = new Date();
      await manager.save(invitation);
      const sessionToken = await startSession(manager, user.id);
      await recordAudit(manager, { userId: user.id, action: 'user.acceptInvitation', entityType: 'User', entityId: user.id, before, after: auditedUser(user) });
      return { user, sessionToken };
    });
  }

  /** The user can no longer sign in: their sessions end now and an unaccepted invitation is withdrawn. */
  disable(viewer: User, userId: string, reason: string): Promise<User> {
    const why = cleanText(reason, 'reason', MAX_REASON_LENGTH, REASON);
    return this.dataSource.transaction(async (manager) => {
      const user = await findByIdOrFail(manager, User, 'User', userId, { lock: { mode: 'pessimistic_write' } });
      if (user.id === viewer.id) throw new ForbiddenError('自分自身を無効にすることはできません / You cannot disable your own account');
      if (!mayManageUser(viewer, user)) throw new ForbiddenError('管理者を無効にできるのは管理者だけです / Only an administrator disables an administrator');
      if (user.disabledAt) throw new InvalidStateError('この利用者は既に無効です / The user is already disabled', 'DISABLED');
      const before = auditedUser(user);
      user.disabledAt = new Date();
      user.disabledReason = why;
      await manager.save(user);
      const sessionsEnded = await endAllSessions(manager, user.id);
      const invitationsWithdrawn = await this.withdrawPending(manager, user.id);
      const resetsWithdrawn = await withdrawPendingResets(manager, user.id);
      await recordAudit(manager, {
        userId: viewer.id,
        action: 'user.disable',
        entityType: 'User',
        entityId: user.id,
        before,
        after: { ...auditedUser(user), sessionsEnded, invitationsWithdrawn, resetsWithdrawn },
      });
      return user;
    });
  }

  /** The user may sign in again with their password (an invitee needs a new invitation). */
  enable(viewer: User, userId: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await findByIdOrFail(manager, User, 'User', userId, { lock: { mode: 'pessimistic_write' } });
      if (!mayManageUser(viewer, user)) throw new ForbiddenError('管理者を有効にできるのは管理者だけです / Only an administrator enables an administrator');
      if (!user.disabledAt) throw new InvalidStateError('この利用者は無効になっていません / The user is not disabled', userStatus(user));
      const before = auditedUser(user);
      user.disabledAt = null;
      user.disabledReason = null;
      await manager.save(user);
      await recordAudit(manager, { userId: viewer.id, action: 'user.enable', entityType: 'User', entityId: user.id, before, after: auditedUser(user) });
      return user;
    });
  }

  /** Replaces any pending invitation of the user with a new one. */
  private async issue(manager: EntityManager, viewer: User, user: User): Promise<IssuedInvitation> {
    await this.withdrawPending(manager, user.id);
    const { token, tokenHash } = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    await manager.insert(UserInvitation, { tokenHash, userId: user.id, invitedBy: viewer.id, expiresAt });
    return { user, token, acceptPath: `/invitation/${token}`, expiresAt };
  }

  private async withdrawPending(manager: EntityManager, userId: string): Promise<number> {
    const result = await manager.update(UserInvitation, { userId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: new Date() });
    return result.affected ?? 0;
  }
}

/** An invitation that still admits its user: not used, replaced or expired, the user neither disabled nor active. */
function acceptable(invitation: UserInvitation, user: User): boolean {
  const open = !invitation.acceptedAt && !invitation.revokedAt && invitation.expiresAt.getTime() > Date.now();
  return open && !user.disabledAt && !user.passwordHash;
}
