import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invited users (no password until they accept), their invitations (token hashes only), and why
 * a user was disabled.
 */
export class UserInvitations1732665600000 implements MigrationInterface {
  name = 'UserInvitations1732665600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "invited_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_41026b90b70299ac5dc0183351a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_65f8dcac30954ce6930e3c44f8" ON "user_invitation"  ("token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_invitation_pending" ON "user_invitation"  ("user_id") WHERE "accepted_at" IS NULL AND "revoked_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "disabled_reason" text`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "user_invitation" ADD CONSTRAINT "FK_79f68a9007a10c9fa07febc9e1c" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_invitation" DROP CONSTRAINT "FK_79f68a9007a10c9fa07febc9e1c"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_invitation_pending"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_65f8dcac30954ce6930e3c44f8"`);
    await queryRunner.query(`DROP TABLE "user_invitation"`);
    // Before this migration every user had a password: those who never accepted their invitation go
    // (they cannot have written anything; their sessions cascade).
    await queryRunner.query(`DELETE FROM "app_user" WHERE "password_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "disabled_reason"`);
  }
}
