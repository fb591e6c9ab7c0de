import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The plan: strategy, goals, measures, policies, indicators, projects, departments. */
export class PlanSchema1732406400000 implements MigrationInterface {
  name = 'PlanSchema1732406400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "department" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "municipality" text NOT NULL, "name" text NOT NULL, CONSTRAINT "uq_department_municipality_name" UNIQUE ("municipality", "name"), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "strategy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "title" text NOT NULL, "municipality" text NOT NULL, "period_start_fy" integer NOT NULL, "period_end_fy" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d2ec0c65ee674e296d035c33202" UNIQUE ("key"), CONSTRAINT "PK_733d2c3d4a73c020375b9b3581d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strategy_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "basic_direction" text NOT NULL, CONSTRAINT "uq_goal_strategy_number" UNIQUE ("strategy_id", "number"), CONSTRAINT "PK_88c8e2b461b711336c836b1e130" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f78a274b4a71a99066a3a91932" ON "goal"  ("strategy_id") `);
    await queryRunner.query(`CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strategy_id" uuid NOT NULL, "goal_id" uuid, "key" text NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "unit" text NOT NULL, "departments_note" text, "direction" text NOT NULL, "data_source" text, "target_kind" text NOT NULL, "target_value" numeric, "target_fiscal_year" integer NOT NULL, "target_text" text NOT NULL, "baseline_value" numeric, "baseline_label" text, "baseline_text" text NOT NULL, "baseline_note" text, CONSTRAINT "uq_indicator_strategy_key" UNIQUE ("strategy_id", "key"), CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id")); COMMENT ON COLUMN "indicator"."goal_id" IS 'Set for KGIs only.'`);
    await queryRunner.query(`CREATE INDEX "IDX_702c10922b291b216dce50a762" ON "indicator"  ("goal_id") `);
    await queryRunner.query(`CREATE TABLE "indicator_department" ("indicator_id" uuid NOT NULL, "department_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_d9c9445754a9fdb2e7248a1b1f8" PRIMARY KEY ("indicator_id", "department_id"))`);
    await queryRunner.query(`CREATE TABLE "measure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strategy_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "code" text NOT NULL, "title" text NOT NULL, "position" integer NOT NULL, "notes" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "uq_measure_strategy_code" UNIQUE ("strategy_id", "code"), CONSTRAINT "PK_ddc1ad2a86717cedc808809423e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0addd8947ddce4994c40fcc55e" ON "measure"  ("goal_id") `);
    await queryRunner.query(`CREATE TABLE "policy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "ordinal" integer NOT NULL, "title" text NOT NULL, "bullets" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "uq_policy_measure_ordinal" UNIQUE ("measure_id", "ordinal"), CONSTRAINT "PK_9917b0c5e4286703cc656b1d39f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "measure_indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "measure_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "position" integer NOT NULL, "group_no" integer NOT NULL, "group_item" text NOT NULL, "policy_id" uuid, "relisted" boolean NOT NULL DEFAULT false, CONSTRAINT "uq_measure_indicator" UNIQUE ("measure_id", "indicator_id"), CONSTRAINT "PK_a50a5b7f33eccbfcc83eecca768" PRIMARY KEY ("id")); COMMENT ON COLUMN "measure_indicator"."group_no" IS 'No of the KPI table row group.'; COMMENT ON COLUMN "measure_indicator"."group_item" IS '施策項目 as written in the KPI table.'`);
    await queryRunner.query(`CREATE INDEX "IDX_00b725ecd7647cd7095420cebf" ON "measure_indicator"  ("indicator_id") `);
    await queryRunner.query(`CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "strategy_id" uuid NOT NULL, "name" text NOT NULL, "departments_note" text, "since_fy" integer, CONSTRAINT "uq_project_strategy_name" UNIQUE ("strategy_id", "name"), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "measure_project" ("measure_id" uuid NOT NULL, "project_id" uuid NOT NULL, "position" integer NOT NULL, "relisted" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_88de0a5723fc1e0fbe17b9567f8" PRIMARY KEY ("measure_id", "project_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bbcdd6a613a3fa5fdf017ebc1e" ON "measure_project"  ("project_id") `);
    await queryRunner.query(`CREATE TABLE "project_department" ("project_id" uuid NOT NULL, "department_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_cdc402d81c26eb1980c59b3f9ab" PRIMARY KEY ("project_id", "department_id"))`);
    await queryRunner.query(`ALTER TABLE "goal" ADD CONSTRAINT "FK_f78a274b4a71a99066a3a91932a" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_53c5e195ce073ed09d28e4f3259" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator" ADD CONSTRAINT "FK_702c10922b291b216dce50a7623" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_department" ADD CONSTRAINT "FK_753a9f9324c4c6ccad0b94f4f91" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "indicator_department" ADD CONSTRAINT "FK_9af7b5131c8faff515ca3ef515f" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_28fc7d4c3359bba718314c785f1" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure" ADD CONSTRAINT "FK_0addd8947ddce4994c40fcc55e8" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "policy" ADD CONSTRAINT "FK_f240be73da56d430073e789e38a" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_indicator" ADD CONSTRAINT "FK_b43d6af66874724f464c8a763b2" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_indicator" ADD CONSTRAINT "FK_00b725ecd7647cd7095420cebfe" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_indicator" ADD CONSTRAINT "FK_4387b7831f1a021ebd610fcab6e" FOREIGN KEY ("policy_id") REFERENCES "policy"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_d8cc205f2b22350cb0089496c4f" FOREIGN KEY ("strategy_id") REFERENCES "strategy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_project" ADD CONSTRAINT "FK_49b64f4e3bfe4b4046fc8b2ff6c" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_project" ADD CONSTRAINT "FK_bbcdd6a613a3fa5fdf017ebc1ea" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "project_department" ADD CONSTRAINT "FK_5cdf0431880dcccabfe164bd783" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "project_department" ADD CONSTRAINT "FK_c17e6f9a6f0b400ea36d12f3ee6" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "project_department" DROP CONSTRAINT "FK_c17e6f9a6f0b400ea36d12f3ee6"`);
    await queryRunner.query(`ALTER TABLE "project_department" DROP CONSTRAINT "FK_5cdf0431880dcccabfe164bd783"`);
    await queryRunner.query(`ALTER TABLE "measure_project" DROP CONSTRAINT "FK_bbcdd6a613a3fa5fdf017ebc1ea"`);
    await queryRunner.query(`ALTER TABLE "measure_project" DROP CONSTRAINT "FK_49b64f4e3bfe4b4046fc8b2ff6c"`);
    await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_d8cc205f2b22350cb0089496c4f"`);
    await queryRunner.query(`ALTER TABLE "measure_indicator" DROP CONSTRAINT "FK_4387b7831f1a021ebd610fcab6e"`);
    await queryRunner.query(`ALTER TABLE "measure_indicator" DROP CONSTRAINT "FK_00b725ecd7647cd7095420cebfe"`);
    await queryRunner.query(`ALTER TABLE "measure_indicator" DROP CONSTRAINT "FK_b43d6af66874724f464c8a763b2"`);
    await queryRunner.query(`ALTER TABLE "policy" DROP CONSTRAINT "FK_f240be73da56d430073e789e38a"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_0addd8947ddce4994c40fcc55e8"`);
    await queryRunner.query(`ALTER TABLE "measure" DROP CONSTRAINT "FK_28fc7d4c3359bba718314c785f1"`);
    await queryRunner.query(`ALTER TABLE "indicator_department" DROP CONSTRAINT "FK_9af7b5131c8faff515ca3ef515f"`);
    await queryRunner.query(`ALTER TABLE "indicator_department" DROP CONSTRAINT "FK_753a9f9324c4c6ccad0b94f4f91"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_702c10922b291b216dce50a7623"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP CONSTRAINT "FK_53c5e195ce073ed09d28e4f3259"`);
    await queryRunner.query(`ALTER TABLE "goal" DROP CONSTRAINT "FK_f78a274b4a71a99066a3a91932a"`);
    await queryRunner.query(`DROP TABLE "project_department"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bbcdd6a613a3fa5fdf017ebc1e"`);
    await queryRunner.query(`DROP TABLE "measure_project"`);
    await queryRunner.query(`DROP TABLE "project"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_00b725ecd7647cd7095420cebf"`);
    await queryRunner.query(`DROP TABLE "measure_indicator"`);
    await queryRunner.query(`DROP TABLE "policy"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0addd8947ddce4994c40fcc55e"`);
    await queryRunner.query(`DROP TABLE "measure"`);
    await queryRunner.query(`DROP TABLE "indicator_department"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_702c10922b291b216dce50a762"`);
    await queryRunner.query(`DROP TABLE "indicator"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f78a274b4a71a99066a3a91932"`);
    await queryRunner.query(`DROP TABLE "goal"`);
    await queryRunner.query(`DROP TABLE "strategy"`);
    await queryRunner.query(`DROP TABLE "department"`);
  }
}
