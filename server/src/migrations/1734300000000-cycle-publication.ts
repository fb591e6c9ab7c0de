import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 公開 (issue 14, part 5): a closed cycle the planning division has published reads signed out.
 * Who published it is kept beside when; withdrawing it clears both (the audit log keeps the reason).
 */
export class CyclePublication1734300000000 implements MigrationInterface {
  name = 'CyclePublication1734300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_cycle" ADD "published_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "review_cycle" ADD "published_by" uuid`);
    await queryRunner.query(`CREATE INDEX "IDX_1e25dc7af9d4113417837a383c" ON "review_cycle" ("published_by") `);
    await queryRunner.query(`ALTER TABLE "review_cycle" ADD CONSTRAINT "FK_1e25dc7af9d4113417837a383ca" FOREIGN KEY ("published_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_cycle" DROP CONSTRAINT "FK_1e25dc7af9d4113417837a383ca"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1e25dc7af9d4113417837a383c"`);
    await queryRunner.query(`ALTER TABLE "review_cycle" DROP COLUMN "published_by"`);
    await queryRunner.query(`ALTER TABLE "review_cycle" DROP COLUMN "published_at"`);
  }
}
