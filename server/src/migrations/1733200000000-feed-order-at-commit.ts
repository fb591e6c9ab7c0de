import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live feed's order is given at commit, not at insert: a deferred trigger takes the cycle's
 * advisory lock and draws the entry's final `seq` as the transaction commits, and the lock goes
 * with the commit. Within a cycle, seq order is then commit order (a reader of `seq > last` never
 * later sees a smaller seq commit), while the per-cycle serialisation lasts only from the trigger
 * to the end of COMMIT, inside PostgreSQL — not, as when recordAudit took the lock, over the
 * audit insert and the round trips to Node and back. The seq drawn at insert is a placeholder no
 * other transaction ever sees.
 */
export class FeedOrderAtCommit1733200000000 implements MigrationInterface {
  name = 'FeedOrderAtCommit1733200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "audit_entry_seq_at_commit"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(NEW.cycle_id::text, 0));
        UPDATE audit_entry SET seq = DEFAULT WHERE id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE CONSTRAINT TRIGGER "audit_entry_seq_at_commit" AFTER INSERT ON "audit_entry"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.cycle_id IS NOT NULL) EXECUTE FUNCTION "audit_entry_seq_at_commit"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_entry_seq_at_commit" ON "audit_entry"`);
    await queryRunner.query(`DROP FUNCTION "audit_entry_seq_at_commit"()`);
  }
}
