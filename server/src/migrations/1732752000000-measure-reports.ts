import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 施策の評価: one report per measure per review cycle. */
export class MeasureReports1732752000000 implements MigrationInterface {
  name = 'MeasureReports1732752000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "measure_report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "measure_id" uuid NOT NULL, "what_was_done" text NOT NULL DEFAULT '', "issues" text NOT NULL DEFAULT '', "next_direction" text, "self_grade" text, "status" text NOT NULL, "return_reason" text, "version" integer NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_measure_report_cycle_measure" UNIQUE ("cycle_id", "measure_id"), CONSTRAINT "PK_e3c34e28366fb2156b03b7b572d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_94d2ebaf7a81a65ac80731d3ab" ON "measure_report"  ("measure_id") `);
    await queryRunner.query(`ALTER TABLE "measure_report" ADD CONSTRAINT "FK_d1a9df87cbe311a7a589df5603f" FOREIGN KEY ("cycle_id") REFERENCES "review_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "measure_report" ADD CONSTRAINT "FK_94d2ebaf7a81a65ac80731d3ab2" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measure_report" DROP CONSTRAINT "FK_94d2ebaf7a81a65ac80731d3ab2"`);
    await queryRunner.query(`ALTER TABLE "measure_report" DROP CONSTRAINT "FK_d1a9df87cbe311a7a589df5603f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_94d2ebaf7a81a65ac80731d3ab"`);
    await queryRunner.query(`DROP TABLE "measure_report"`);
  }
}
