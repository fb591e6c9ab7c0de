import type { MigrationInterface, QueryRunner } from 'typeorm';

const PLAN_ANCHORS = `(anchor = 'GOAL' AND goal_id IS NOT NULL AND measure_id IS NULL AND indicator_id IS NULL)
  OR (anchor = 'MEASURE' AND measure_id IS NOT NULL AND goal_id IS NULL AND indicator_id IS NULL)
  OR (anchor = 'INDICATOR' AND indicator_id IS NOT NULL AND goal_id IS NULL AND measure_id IS NULL)`;

const WITH_REVISIONS = `(anchor = 'GOAL' AND goal_id IS NOT NULL AND measure_id IS NULL AND indicator_id IS NULL AND revision_id IS NULL AND cycle_id IS NOT NULL)
  OR (anchor = 'MEASURE' AND measure_id IS NOT NULL AND goal_id IS NULL AND indicator_id IS NULL AND revision_id IS NULL AND cycle_id IS NOT NULL)
  OR (anchor = 'INDICATOR' AND indicator_id IS NOT NULL AND goal_id IS NULL AND measure_id IS NULL AND revision_id IS NULL AND cycle_id IS NOT NULL)
  OR (anchor = 'REVISION' AND revision_id IS NOT NULL AND goal_id IS NULL AND measure_id IS NULL AND indicator_id IS NULL AND cycle_id IS NULL)`;

/** The council comments on a draft revision in the same threads as on the plan: a thread anchored to a revision, in no cycle. */
export class RevisionThreads1734200000000 implements MigrationInterface {
  name = 'RevisionThreads1734200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_thread" ADD "revision_id" uuid`);
    await queryRunner.query(`ALTER TABLE "review_thread" ALTER COLUMN "cycle_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "review_thread" DROP CONSTRAINT "ck_review_thread_anchor"`);
    await queryRunner.query(`ALTER TABLE "review_thread" ADD CONSTRAINT "ck_review_thread_anchor" CHECK (${WITH_REVISIONS})`);
    await queryRunner.query(`CREATE INDEX "IDX_c96446e9456e39b3d5aaf774a7" ON "review_thread" ("revision_id") `);
    await queryRunner.query(`ALTER TABLE "review_thread" ADD CONSTRAINT "FK_c96446e9456e39b3d5aaf774a71" FOREIGN KEY ("revision_id") REFERENCES "plan_revision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "review_thread" WHERE "anchor" = 'REVISION'`);
    await queryRunner.query(`ALTER TABLE "review_thread" DROP CONSTRAINT "FK_c96446e9456e39b3d5aaf774a71"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c96446e9456e39b3d5aaf774a7"`);
    await queryRunner.query(`ALTER TABLE "review_thread" DROP CONSTRAINT "ck_review_thread_anchor"`);
    await queryRunner.query(`ALTER TABLE "review_thread" ADD CONSTRAINT "ck_review_thread_anchor" CHECK (${PLAN_ANCHORS})`);
    await queryRunner.query(`ALTER TABLE "review_thread" ALTER COLUMN "cycle_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "review_thread" DROP COLUMN "revision_id"`);
  }
}
