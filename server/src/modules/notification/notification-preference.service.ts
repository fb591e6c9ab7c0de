import { In, type DataSource } from 'typeorm';
import { BadInputError } from '../../graphql/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import type { User } from '../user/user.entity.js';
import { notificationKinds, type NotificationKind } from './notification-kind.js';
import { NotificationOptOut } from './notification-opt-out.entity.js';
import type { NotificationPreferenceInput, NotificationPreferences } from './notification-preference.types.js';

/** Which mails a user turned off: a row per kind turned off, none for a user who takes every kind. */
export class NotificationPreferenceService {
  constructor(
    private readonly dataSource: DataSource,
    /** SMTP_URL is set: the client says so beside the choices. */
    private readonly mailConfigured: boolean,
  ) {}

  async of(userId: string): Promise<NotificationPreferences> {
    const off = await this.dataSource.getRepository(NotificationOptOut).findBy({ userId });
    return this.answer(new Set(off.map((o) => o.kind)));
  }

  /** The user's own choices; audited as user.updateNotificationPreferences when something changed. */
  update(viewer: User, changes: NotificationPreferenceInput[]): Promise<NotificationPreferences> {
    const kinds = changes.map((c) => c.kind);
    if (new Set(kinds).size !== kinds.length) throw new BadInputError('同じ種類の通知が2回以上指定されています / Each kind may be given once', 'kind');
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.find(NotificationOptOut, { where: { userId: viewer.id }, lock: { mode: 'pessimistic_write' } });
      const before = new Set(rows.map((o) => o.kind));
      const after = new Set(before);
      for (const c of changes) {
        if (c.enabled) after.delete(c.kind);
        else after.add(c.kind);
      }
      const added = [...after].filter((k) => !before.has(k));
      const removed = [...before].filter((k) => !after.has(k));
      if (!added.length && !removed.length) return this.answer(after);
      if (removed.length) await manager.delete(NotificationOptOut, { userId: viewer.id, kind: In(removed) });
      if (added.length) await manager.insert(NotificationOptOut, added.map((kind) => ({ userId: viewer.id, kind })));
      await recordAudit(manager, {
        userId: viewer.id,
        action: 'user.updateNotificationPreferences',
        entityType: 'User',
        entityId: viewer.id,
        before: { turnedOff: ordered(before) },
        after: { turnedOff: ordered(after) },
      });
      return this.answer(after);
    });
  }

  private answer(off: Set<NotificationKind>): NotificationPreferences {
    return { mailConfigured: this.mailConfigured, kinds: notificationKinds.map((kind) => ({ kind, enabled: !off.has(kind) })) };
  }
}

const ordered = (kinds: Set<NotificationKind>) => notificationKinds.filter((k) => kinds.has(k));
