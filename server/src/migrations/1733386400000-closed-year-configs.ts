import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The grading rules each closed cycle's year was closed with (issue 11): a later change of the
 * strategy's rules leaves those years' grades as they were. Cycles closed before this migration
 * keep the rules in force now.
 */
export class ClosedYearConfigs1733386400000 implements MigrationInterface {
  name = 'ClosedYearConfigs1733386400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strategy" ADD "closed_year_configs" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strategy" DROP COLUMN "closed_year_configs"`);
  }
}
