import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Plan revisions (改訂): the revisions and their changes (each field before and after), what each
 * answers (actions, threads), and 廃止 (from a fiscal year) on the rows a revision can retire.
 */
export class PlanRevisions1734100000000 implements MigrationInterface {
  name = 'PlanRevisions1734100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "plan_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strategy_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "effective_fiscal_year" integer NOT NULL, "decided_by" text, "decided_on" date, "reason" text NOT NULL, "state" text NOT NULL DEFAULT 'DRAFT', "adopted_seq" integer, "adopted_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "closed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_plan_revision_seq" UNIQUE ("strategy_id", "adopted_seq"), CONSTRAINT "uq_plan_revision_number" UNIQUE ("strategy_id", "number"), CONSTRAINT "PK_588869e0bf5cfa9a4499461525b" PRIMARY KEY ("id")); COMMENT ON COLUMN "plan_revision"."created_by" IS 'Null: drafted by a plan-file import.'; COMMENT ON COLUMN "plan_revision"."closed_by" IS 'Who adopted or discarded it.'`);
    await queryRunner.query(`CREATE INDEX "IDX_117ef57902c8bd8f2153b50ba8" ON "plan_revision"  ("created_by") `);
    await queryRunner.query(`CREATE INDEX "IDX_74a9a212383ab10fdc727c7c26" ON "plan_revision"  ("closed_by") `);
    await queryRunner.query(`CREATE TABLE "plan_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "strategy_id" uuid NOT NULL, "position" integer NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "action" text NOT NULL, "field" text NOT NULL, "before" jsonb, "after" jsonb, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_plan_change_field" UNIQUE ("revision_id", "subject_type", "subject_id", "field"), CONSTRAINT "PK_b7271d7954628f4ca0c20690db7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a04eaef64f045ba18e3ecc1c8b" ON "plan_change"  ("revision_id") `);
    await queryRunner.query(`CREATE INDEX "ix_plan_change_strategy" ON "plan_change"  ("strategy_id", "subject_type", "subject_id") `);
    await queryRunner.query(`ALTER TABLE "indicator" ADD "retired_from_fy" integer`);
    await queryRunner.query(`ALTER TABLE "measure" ADD "retired_from_fy" integer`);
    await queryRunner.query(`ALTER TABLE "policy" ADD "retired_from_fy" integer`);
    await queryRunner.query(`ALTER TABLE "project" ADD "retired_from_fy" integer`);
    await queryRunner.query(`ALTER TABLE "plan_revision" ADD CONSTRAINT "FK_3abbe7bfa3c699615f17e15bc3b" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_revision" ADD CONSTRAINT "FK_117ef57902c8bd8f2153b50ba8a" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_revision" ADD CONSTRAINT "FK_74a9a212383ab10fdc727c7c267" FOREIGN KEY ("closed_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_change" ADD CONSTRAINT "FK_a04eaef64f045ba18e3ecc1c8bf" FOREIGN KEY ("revision_id") REFERENCES "plan_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_change" ADD CONSTRAINT "FK_3565804d42ac9612b5e87f275d6" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "plan_revision_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "revision_id" uuid NOT NULL, "action_id" uuid, "thread_id" uuid, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_plan_revision_link_thread" UNIQUE ("revision_id", "thread_id"), CONSTRAINT "uq_plan_revision_link_action" UNIQUE ("revision_id", "action_id"), CONSTRAINT "ck_plan_revision_link_one" CHECK ((action_id IS NULL) <> (thread_id IS NULL)), CONSTRAINT "PK_4b40feb5b3a332b03ff2f521537" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7406c91a21956a68856cb44e27" ON "plan_revision_link"  ("action_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4121a2fe28db3c27bc56b35fd4" ON "plan_revision_link"  ("thread_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ccf567377ce5c35a92b471ea5e" ON "plan_revision_link"  ("created_by") `);
    await queryRunner.query(`ALTER TABLE "plan_revision_link" ADD CONSTRAINT "FK_1cff9666af378116cb550bbbfd9" FOREIGN KEY ("revision_id") REFERENCES "plan_revision"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_revision_link" ADD CONSTRAINT "FK_7406c91a21956a68856cb44e277" FOREIGN KEY ("action_id") REFERENCES "improvement_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_revision_link" ADD CONSTRAINT "FK_4121a2fe28db3c27bc56b35fd48" FOREIGN KEY ("thread_id") REFERENCES "review_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "plan_revision_link" ADD CONSTRAINT "FK_ccf567377ce5c35a92b471ea5e8" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "plan_revision_link" DROP CONSTRAINT "FK_ccf567377ce5c35a92b471ea5e8"`);
    await queryRunner.query(`ALTER TABLE "plan_revision_link" DROP CONSTRAINT "FK_4121a2fe28db3c27bc56b35fd48"`);
    await queryRunner.query(`ALTER TABLE "plan_revision_link" DROP CONSTRAINT "FK_7406c91a21956a68856cb44e277"`);
    await queryRunner.query(`ALTER TABLE "plan_revision_link" DROP CONSTRAINT "FK_1cff9666af378116cb550bbbfd9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ccf567377ce5c35a92b471ea5e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4121a2fe28db3c27bc56b35fd4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7406c91a21956a68856cb44e27"`);
    await queryRunner.query(`DROP TABLE "plan_revision_link"`);
    await queryRunner.query(`ALTER TABLE "plan_change" DROP CONSTRAINT "FK_3565804d42ac9612b5e87f275d6"`);
    await queryRunner.query(`ALTER TABLE "plan_change" DROP CONSTRAINT "FK_a04eaef64f045ba18e3ecc1c8bf"`);
    await queryRunner.query(`ALTER TABLE "plan_revision" DROP CONSTRAINT "FK_74a9a212383ab10fdc727c7c267"`);
    await queryRunner.query(`ALTER TABLE "plan_revision" DROP CONSTRAINT "FK_117ef57902c8bd8f2153b50ba8a"`);
    await queryRunner.query(`ALTER TABLE "plan_revision" DROP CONSTRAINT "FK_3abbe7bfa3c699615f17e15bc3b"`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "retired_from_fy"`);
    await queryRunner.query(`ALTER TABLE "policy" DROP COLUMN "retired_from_fy"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP COLUMN "retired_from_fy"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "retired_from_fy"`);
    await queryRunner.query(`DROP INDEX "public"."ix_plan_change_strategy"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a04eaef64f045ba18e3ecc1c8b"`);
    await queryRunner.query(`DROP TABLE "plan_change"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_74a9a212383ab10fdc727c7c26"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_117ef57902c8bd8f2153b50ba8"`);
    await queryRunner.query(`DROP TABLE "plan_revision"`);
  }
}
