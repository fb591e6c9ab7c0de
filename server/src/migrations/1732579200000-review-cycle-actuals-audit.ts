import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The yearly cycle: review cycles, actuals, the audit log of every write, and each strategy's grading rules. */
export class ReviewCycleActualsAudit1732579200000 implements MigrationInterface {
  name = 'ReviewCycleActualsAudit1732579200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid NOT NULL, "before" jsonb, "after" jsonb, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cfbd3da3d6664af0dab55783b5" ON "audit_entry"  ("entity_type", "entity_id") `);
    await queryRunner.query(`CREATE TABLE "review_cycle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strategy_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, "state" text NOT NULL, "collecting_due" date, "reviewing_due" date, "responding_due" date, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_review_cycle_year" UNIQUE ("strategy_id", "fiscal_year"), CONSTRAINT "PK_e4b8b13e269c51839619f81114a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "actual" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "fiscal_year" integer NOT NULL, "value" numeric, "not_known_reason" text, "note" text NOT NULL DEFAULT '', "evidence_links" jsonb NOT NULL DEFAULT '[]', "status" text NOT NULL, "return_reason" text, "version" integer NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_actual_cycle_indicator" UNIQUE ("cycle_id", "indicator_id"), CONSTRAINT "PK_736964a0478840743f45a4a61b7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0a3d5915918072afbfb7a74cbd" ON "actual"  ("indicator_id") `);
    await queryRunner.query(`ALTER TABLE "review_cycle" ADD CONSTRAINT "FK_a6bbe2d086bf9854fff81fa34ad" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "actual" ADD CONSTRAINT "FK_f2beacd582c84cc4c02b5c5c3c7" FOREIGN KEY ("cycle_id") REFERENCES "review_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "actual" ADD CONSTRAINT "FK_0a3d5915918072afbfb7a74cbd5" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "strategy" ADD "progress_config" jsonb`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strategy" DROP COLUMN "progress_config"`);
    await queryRunner.query(`ALTER TABLE "actual" DROP CONSTRAINT "FK_0a3d5915918072afbfb7a74cbd5"`);
    await queryRunner.query(`ALTER TABLE "actual" DROP CONSTRAINT "FK_f2beacd582c84cc4c02b5c5c3c7"`);
    await queryRunner.query(`ALTER TABLE "review_cycle" DROP CONSTRAINT "FK_a6bbe2d086bf9854fff81fa34ad"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0a3d5915918072afbfb7a74cbd"`);
    await queryRunner.query(`DROP TABLE "actual"`);
    await queryRunner.query(`DROP TABLE "review_cycle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cfbd3da3d6664af0dab55783b5"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
  }
}
