import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The council's review: threads, replies with their edit history, read marks, responses, improvement actions. */
export class CouncilReview1732924800000 implements MigrationInterface {
  name = 'CouncilReview1732924800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "review_thread" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "anchor" text NOT NULL, "goal_id" uuid, "measure_id" uuid, "indicator_id" uuid, "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "left_reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_review_thread_anchor" CHECK ((anchor = 'GOAL' AND goal_id IS NOT NULL AND measure_id IS NULL AND indicator_id IS NULL)
  OR (anchor = 'MEASURE' AND measure_id IS NOT NULL AND goal_id IS NULL AND indicator_id IS NULL)
  OR (anchor = 'INDICATOR' AND indicator_id IS NOT NULL AND goal_id IS NULL AND measure_id IS NULL)), CONSTRAINT "PK_3dd2b9b86c2daa084d632a705e4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0775b1308f4d69fa70797735a9" ON "review_thread"  ("cycle_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b4754ff23b680518001bac43b4" ON "review_thread"  ("measure_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0e48c276cf3adf9a8ac1b25820" ON "review_thread"  ("indicator_id") `);
    await queryRunner.query(`CREATE TABLE "thread_post" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bee46442d57e82ec6cc8a6f55ce" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_01b4ec57fb2a323480f8a2f2bd" ON "thread_post"  ("thread_id") `);
    await queryRunner.query(`CREATE TABLE "post_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "body" text NOT NULL, "replaced_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_0fb8b6151edec86b21b1fd40300" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_16871ad1d4b765c7db2fb46ee0" ON "post_revision"  ("post_id") `);
    await queryRunner.query(`CREATE TABLE "thread_read" ("user_id" uuid NOT NULL, "thread_id" uuid NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ffe329770be84138063c6997892" PRIMARY KEY ("user_id", "thread_id"))`);
    await queryRunner.query(`CREATE TABLE "thread_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "department_id" uuid, "stance" text NOT NULL, "body" text NOT NULL, "reason" text, "author_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_c8b91358e814aae6e67b6eead71" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_thread_response_planning" ON "thread_response"  ("thread_id") WHERE "department_id" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_thread_response_department" ON "thread_response"  ("thread_id", "department_id") WHERE "department_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "improvement_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "origin_cycle_id" uuid NOT NULL, "goal_id" uuid NOT NULL, "measure_id" uuid, "thread_id" uuid, "response_id" uuid, "owner_department_id" uuid, "description" text NOT NULL, "due_fiscal_year" integer NOT NULL, "status" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_c026a6b0f50978b82d02ad9f9d7" PRIMARY KEY ("id")); COMMENT ON COLUMN "improvement_action"."measure_id" IS 'Null for an action on the goal as a whole.'; COMMENT ON COLUMN "improvement_action"."owner_department_id" IS 'Null: the planning division.'`);
    await queryRunner.query(`CREATE INDEX "IDX_f009941d87f91681c47996d060" ON "improvement_action"  ("goal_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e055e97af23d13cf924ad03677" ON "improvement_action"  ("measure_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6ebdab88ba1ede966a42aa331c" ON "improvement_action"  ("thread_id") `);
    await queryRunner.query(`CREATE TABLE "action_progress_note" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "action_id" uuid NOT NULL, "body" text NOT NULL, "status" text NOT NULL, "author_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f9a5d3d7a33318e97562730efe0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9370bda13f929d1c550bdd97ba" ON "action_progress_note"  ("action_id") `);
    await queryRunner.query(`ALTER TABLE "review_thread" ADD CONSTRAINT "FK_0775b1308f4d69fa70797735a9f" FOREIGN KEY ("cycle_id") REFERENCES "review_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_thread" ADD CONSTRAINT "FK_d976bc79e650cc7e59ce50740e5" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_thread" ADD CONSTRAINT "FK_b4754ff23b680518001bac43b4d" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_thread" ADD CONSTRAINT "FK_0e48c276cf3adf9a8ac1b258203" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_post" ADD CONSTRAINT "FK_01b4ec57fb2a323480f8a2f2bd6" FOREIGN KEY ("thread_id") REFERENCES "review_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post_revision" ADD CONSTRAINT "FK_16871ad1d4b765c7db2fb46ee0c" FOREIGN KEY ("post_id") REFERENCES "thread_post"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_read" ADD CONSTRAINT "FK_bba860343df4b2e9f99c5acfe63" FOREIGN KEY ("thread_id") REFERENCES "review_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_response" ADD CONSTRAINT "FK_fb50ad29b5fae4c496f43672d2e" FOREIGN KEY ("thread_id") REFERENCES "review_thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "thread_response" ADD CONSTRAINT "FK_855d72069c345f20388b9841dd5" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "improvement_action" ADD CONSTRAINT "FK_af5cbe243f165e871a767e9849c" FOREIGN KEY ("origin_cycle_id") REFERENCES "review_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "improvement_action" ADD CONSTRAINT "FK_f009941d87f91681c47996d060b" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "improvement_action" ADD CONSTRAINT "FK_e055e97af23d13cf924ad036772" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "improvement_action" ADD CONSTRAINT "FK_6ebdab88ba1ede966a42aa331cf" FOREIGN KEY ("thread_id") REFERENCES "review_thread"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "improvement_action" ADD CONSTRAINT "FK_7385668765d0f1757e84e903ce0" FOREIGN KEY ("response_id") REFERENCES "thread_response"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "improvement_action" ADD CONSTRAINT "FK_1ceec2b160f860ead518ac20f1b" FOREIGN KEY ("owner_department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "action_progress_note" ADD CONSTRAINT "FK_9370bda13f929d1c550bdd97bab" FOREIGN KEY ("action_id") REFERENCES "improvement_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "action_progress_note" DROP CONSTRAINT "FK_9370bda13f929d1c550bdd97bab"`);
    await queryRunner.query(`ALTER TABLE "improvement_action" DROP CONSTRAINT "FK_1ceec2b160f860ead518ac20f1b"`);
    await queryRunner.query(`ALTER TABLE "improvement_action" DROP CONSTRAINT "FK_7385668765d0f1757e84e903ce0"`);
    await queryRunner.query(`ALTER TABLE "improvement_action" DROP CONSTRAINT "FK_6ebdab88ba1ede966a42aa331cf"`);
    await queryRunner.query(`ALTER TABLE "improvement_action" DROP CONSTRAINT "FK_e055e97af23d13cf924ad036772"`);
    await queryRunner.query(`ALTER TABLE "improvement_action" DROP CONSTRAINT "FK_f009941d87f91681c47996d060b"`);
    await queryRunner.query(`ALTER TABLE "improvement_action" DROP CONSTRAINT "FK_af5cbe243f165e871a767e9849c"`);
    await queryRunner.query(`ALTER TABLE "thread_response" DROP CONSTRAINT "FK_855d72069c345f20388b9841dd5"`);
    await queryRunner.query(`ALTER TABLE "thread_response" DROP CONSTRAINT "FK_fb50ad29b5fae4c496f43672d2e"`);
    await queryRunner.query(`ALTER TABLE "thread_read" DROP CONSTRAINT "FK_bba860343df4b2e9f99c5acfe63"`);
    await queryRunner.query(`ALTER TABLE "post_revision" DROP CONSTRAINT "FK_16871ad1d4b765c7db2fb46ee0c"`);
    await queryRunner.query(`ALTER TABLE "thread_post" DROP CONSTRAINT "FK_01b4ec57fb2a323480f8a2f2bd6"`);
    await queryRunner.query(`ALTER TABLE "review_thread" DROP CONSTRAINT "FK_0e48c276cf3adf9a8ac1b258203"`);
    await queryRunner.query(`ALTER TABLE "review_thread" DROP CONSTRAINT "FK_b4754ff23b680518001bac43b4d"`);
    await queryRunner.query(`ALTER TABLE "review_thread" DROP CONSTRAINT "FK_d976bc79e650cc7e59ce50740e5"`);
    await queryRunner.query(`ALTER TABLE "review_thread" DROP CONSTRAINT "FK_0775b1308f4d69fa70797735a9f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9370bda13f929d1c550bdd97ba"`);
    await queryRunner.query(`DROP TABLE "action_progress_note"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6ebdab88ba1ede966a42aa331c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e055e97af23d13cf924ad03677"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f009941d87f91681c47996d060"`);
    await queryRunner.query(`DROP TABLE "improvement_action"`);
    await queryRunner.query(`DROP INDEX "public"."uq_thread_response_department"`);
    await queryRunner.query(`DROP INDEX "public"."uq_thread_response_planning"`);
    await queryRunner.query(`DROP TABLE "thread_response"`);
    await queryRunner.query(`DROP TABLE "thread_read"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16871ad1d4b765c7db2fb46ee0"`);
    await queryRunner.query(`DROP TABLE "post_revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_01b4ec57fb2a323480f8a2f2bd"`);
    await queryRunner.query(`DROP TABLE "thread_post"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0e48c276cf3adf9a8ac1b25820"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b4754ff23b680518001bac43b4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0775b1308f4d69fa70797735a9"`);
    await queryRunner.query(`DROP TABLE "review_thread"`);
  }
}
