import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version for each user, as actuals and cycles have: two people editing one user's name, role
 * or department at once no longer overwrite each other (`updateUser(expectedVersion)`).
 */
export class UserVersion1733910000000 implements MigrationInterface {
  name = 'UserVersion1733910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "version" integer NOT NULL DEFAULT 1`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "version"`);
  }
}
