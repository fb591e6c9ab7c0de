import { defaultReportConfig } from '@kaizen/shared';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a closed cycle's pages read as of its closing (docs/progress-rules.md, "Closed years"):
 * when it closed (improvement actions are read as they stood then) and the report form's options
 * its reports were written with. Cycles closed before this keep the moment the audit log gives and
 * the strategy's options of today, the best record there is.
 */
export class ClosedCycleRecord1733820000000 implements MigrationInterface {
  name = 'ClosedCycleRecord1733820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_cycle" ADD "closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "review_cycle" ADD "closed_report_config" jsonb`);
    await queryRunner.query(
      `UPDATE review_cycle c SET
         closed_at = COALESCE((SELECT max(a.at) FROM audit_entry a
                                WHERE a.entity_id = c.id AND a.action = 'reviewCycle.moveForward' AND a.after->>'state' = 'CLOSED'), now()),
         closed_report_config = COALESCE((SELECT s.report_config FROM strategy s WHERE s.id = c.strategy_id), $1::jsonb)
       WHERE c.state = 'CLOSED'`,
      [JSON.stringify(defaultReportConfig)],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_cycle" DROP COLUMN "closed_report_config"`);
    await queryRunner.query(`ALTER TABLE "review_cycle" DROP COLUMN "closed_at"`);
  }
}
