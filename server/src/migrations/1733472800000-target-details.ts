import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What real plans say of a target beyond one number (issue 11): the indicator's own start year,
 * yearly and intermediate targets, units per baseline and target, a target's note, 設定根拠 /
 * 計算方法 / 数値確定の時期; and of an actual: the period it describes, a bound it was written
 * with (75%以上), and a not-graded label the department chose.
 */
export class TargetDetails1733472800000 implements MigrationInterface {
  name = 'TargetDetails1733472800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "indicator"
      ADD "start_fiscal_year" int,
      ADD "yearly_targets" jsonb NOT NULL DEFAULT '[]',
      ADD "target_unit" text,
      ADD "target_note" text,
      ADD "baseline_unit" text,
      ADD "rationale" text,
      ADD "calculation_method" text,
      ADD "data_availability" text`);
    await queryRunner.query(`ALTER TABLE "actual"
      ADD "period_fiscal_year" int,
      ADD "period_label" text,
      ADD "value_bound" text,
      ADD "not_graded" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "actual" DROP COLUMN "period_fiscal_year", DROP COLUMN "period_label", DROP COLUMN "value_bound", DROP COLUMN "not_graded"`);
    await queryRunner.query(`ALTER TABLE "indicator" DROP COLUMN "start_fiscal_year", DROP COLUMN "yearly_targets", DROP COLUMN "target_unit",
      DROP COLUMN "target_note", DROP COLUMN "baseline_unit", DROP COLUMN "rationale", DROP COLUMN "calculation_method", DROP COLUMN "data_availability"`);
  }
}
