import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why the planning division last moved a cycle back, and when: departments read it on their
 * review page. The audit log keeps every move; this is only the one that explains the current step,
 * cleared when the cycle moves forward again.
 */
export class CycleMoveBackReason1733732000000 implements MigrationInterface {
  name = 'CycleMoveBackReason1733732000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_cycle" ADD "last_move_back_reason" text`);
    await queryRunner.query(`ALTER TABLE "review_cycle" ADD "last_moved_back_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_cycle" DROP COLUMN "last_moved_back_at"`);
    await queryRunner.query(`ALTER TABLE "review_cycle" DROP COLUMN "last_move_back_reason"`);
  }
}
