import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a measure report asks for, per strategy (null: the national 効果検証 format), and the
 * report's 有効性・効率性. next_direction stays text: it now holds the code of one of the
 * strategy's options, and the four codes stored before are the default's first four.
 */
export class ReportConfig1733645600000 implements MigrationInterface {
  name = 'ReportConfig1733645600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "strategy" ADD "report_config" jsonb`);
    await queryRunner.query(`ALTER TABLE "measure_report" ADD "effectiveness" text`);
    await queryRunner.query(`ALTER TABLE "measure_report" ADD "efficiency" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "measure_report" DROP COLUMN "efficiency"`);
    await queryRunner.query(`ALTER TABLE "measure_report" DROP COLUMN "effectiveness"`);
    await queryRunner.query(`ALTER TABLE "strategy" DROP COLUMN "report_config"`);
  }
}
