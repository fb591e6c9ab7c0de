import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 総合評価: the planning division's overall judgement of a measure or a goal per review cycle,
 * beside the computed grade. Exactly one of measure and goal; one judgement per (cycle, measure)
 * and per (cycle, goal), whose unique indexes lead with cycle_id and so also index that key.
 */
export class OverallJudgement1733559200000 implements MigrationInterface {
  name = 'OverallJudgement1733559200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "overall_judgement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "measure_id" uuid, "goal_id" uuid, "grade" text NOT NULL, "reason" text NOT NULL, "decided_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_overall_judgement_cycle_goal" UNIQUE ("cycle_id", "goal_id"), CONSTRAINT "uq_overall_judgement_cycle_measure" UNIQUE ("cycle_id", "measure_id"), CONSTRAINT "ck_overall_judgement_subject" CHECK ((measure_id IS NULL) <> (goal_id IS NULL)), CONSTRAINT "PK_136ce3476fe56202f83ccfad5bf" PRIMARY KEY ("id")); COMMENT ON COLUMN "overall_judgement"."measure_id" IS 'Null for a judgement of a goal.'; COMMENT ON COLUMN "overall_judgement"."goal_id" IS 'Null for a judgement of a measure.'`);
    await queryRunner.query(`CREATE INDEX "IDX_d26e61ccd93fc283ffcb86e662" ON "overall_judgement"  ("measure_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_795ce41ef9f33354cf6548b383" ON "overall_judgement"  ("goal_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_de2b2456dec1f55cf02993972a" ON "overall_judgement"  ("decided_by") `);
    await queryRunner.query(`ALTER TABLE "overall_judgement" ADD CONSTRAINT "FK_298bc647d924804917f4eacfbfe" FOREIGN KEY ("cycle_id") REFERENCES "review_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "overall_judgement" ADD CONSTRAINT "FK_d26e61ccd93fc283ffcb86e6626" FOREIGN KEY ("measure_id") REFERENCES "measure"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "overall_judgement" ADD CONSTRAINT "FK_795ce41ef9f33354cf6548b383e" FOREIGN KEY ("goal_id") REFERENCES "goal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "overall_judgement" ADD CONSTRAINT "FK_de2b2456dec1f55cf02993972a2" FOREIGN KEY ("decided_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "overall_judgement" DROP CONSTRAINT "FK_de2b2456dec1f55cf02993972a2"`);
    await queryRunner.query(`ALTER TABLE "overall_judgement" DROP CONSTRAINT "FK_795ce41ef9f33354cf6548b383e"`);
    await queryRunner.query(`ALTER TABLE "overall_judgement" DROP CONSTRAINT "FK_d26e61ccd93fc283ffcb86e6626"`);
    await queryRunner.query(`ALTER TABLE "overall_judgement" DROP CONSTRAINT "FK_298bc647d924804917f4eacfbfe"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de2b2456dec1f55cf02993972a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_795ce41ef9f33354cf6548b383"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d26e61ccd93fc283ffcb86e662"`);
    await queryRunner.query(`DROP TABLE "overall_judgement"`);
  }
}
