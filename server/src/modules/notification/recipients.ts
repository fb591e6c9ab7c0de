import type { EntityManager } from 'typeorm';
import type { Recipient } from './mail-content.js';
import type { NotificationKind } from './notification-kind.js';

/**
 * The users of the departments that `departments` selects who can act on a notice (they chose a
 * password and are not disabled) and have not turned `kind` ($1) off: one statement per event.
 */
const departmentUsers = (departments: string) => `
  SELECT u.email, u.display_name AS "displayName"
    FROM app_user u
   WHERE u.department_id IN (${departments})
     AND u.disabled_at IS NULL AND u.password_hash IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM notification_opt_out o WHERE o.user_id = u.id AND o.kind = $1)
   ORDER BY u.email`;

/** Departments with something to enter in cycle $2: those of its strategy's KPIs and main projects. */
const OF_CYCLE = departmentUsers(`
  SELECT l.department_id FROM review_cycle c JOIN indicator i ON i.strategy_id = c.strategy_id JOIN indicator_department l ON l.indicator_id = i.id WHERE c.id = $2
  UNION
  SELECT l.department_id FROM review_cycle c JOIN project p ON p.strategy_id = c.strategy_id JOIN project_department l ON l.project_id = p.id WHERE c.id = $2`);

const OF_DEPARTMENTS = departmentUsers(`SELECT unnest($2::uuid[])`);

export function cycleRecipients(manager: EntityManager, kind: NotificationKind, cycleId: string): Promise<Recipient[]> {
  return manager.query(OF_CYCLE, [kind, cycleId]);
}

export async function departmentRecipients(manager: EntityManager, kind: NotificationKind, departmentIds: string[]): Promise<Recipient[]> {
  return departmentIds.length ? manager.query(OF_DEPARTMENTS, [kind, departmentIds]) : [];
}
