import type { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';

type Snapshot = Record<string, unknown> | null;

/** A record as plain JSON, without loaded relations. */
export function snapshot(row: object | null): Snapshot {
  if (!row) return null;
  return JSON.parse(JSON.stringify(row, (key, value) => (key !== '' && value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date) && 'id' in value ? undefined : value)));
}

export type AuditedWrite = { userId: string | null; cycleId?: string | null; action: string; entityType: string; entityId: string; before: object | null; after: object | null };

/** Records a write in the same transaction as the write itself: no write without its entry. */
export async function recordAudit(manager: EntityManager, entry: AuditedWrite): Promise<void> {
  await recordAudits(manager, [entry]);
}

/** Several writes of one transaction (an import), their entries inserted together. */
export async function recordAudits(manager: EntityManager, entries: AuditedWrite[]): Promise<void> {
  // No lock here: a deferred trigger gives the entry its feed position (seq) at commit, under the
  // cycle's lock (migration FeedOrderAtCommit), so writers of one cycle serialise only while committing.
  const rows = entries.map((entry) => manager.create(AuditEntry, { ...entry, before: snapshot(entry.before), after: snapshot(entry.after) }));
  await manager.save(rows);
}
