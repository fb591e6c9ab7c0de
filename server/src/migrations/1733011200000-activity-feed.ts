import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit log doubles as the live activity feed: a sequence number and the cycle of each write. */
export class ActivityFeed1733011200000 implements MigrationInterface {
  name = 'ActivityFeed1733011200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD "seq" BIGSERIAL NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_entry" ADD "cycle_id" uuid`);
    // Entries written before the feed existed: their cycle is on the record, or on its thread.
    await queryRunner.query(`UPDATE "audit_entry" SET "cycle_id" = CASE
        WHEN "entity_type" = 'ReviewCycle' THEN "entity_id"
        WHEN "after" ? 'cycleId' THEN ("after"->>'cycleId')::uuid
        WHEN "after" ? 'originCycleId' THEN ("after"->>'originCycleId')::uuid
        ELSE (SELECT t."cycle_id" FROM "review_thread" t WHERE t."id"::text = "after"->>'threadId')
      END`);
    await queryRunner.query(`CREATE INDEX "IDX_82d3d3dc690a60a59e2018281c" ON "audit_entry"  ("cycle_id", "seq") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_82d3d3dc690a60a59e2018281c"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "cycle_id"`);
    await queryRunner.query(`ALTER TABLE "audit_entry" DROP COLUMN "seq"`);
  }
}
