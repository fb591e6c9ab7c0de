import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An indicator may be judged on its own basis (issue 11): null follows its strategy's. */
export class IndicatorJudgingBasis1733300000000 implements MigrationInterface {
  name = 'IndicatorJudgingBasis1733300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" ADD "judging_basis" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "judging_basis"`);
  }
}
