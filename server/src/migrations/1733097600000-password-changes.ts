import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Passwords change: the first-start administrator must change theirs, and managers issue one-time reset links. */
export class PasswordChanges1733097600000 implements MigrationInterface {
  name = 'PasswordChanges1733097600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "user_id" uuid NOT NULL, "issued_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8515e60a2cc41584fa4784f52ce" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0309de62e0cb0960ebb2cb65c9" ON "password_reset"  ("token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_password_reset_pending" ON "password_reset"  ("user_id") WHERE "used_at" IS NULL AND "revoked_at" IS NULL`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "must_change_password" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_ad88301fdc79593dd222268a8b6" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_reset" DROP CONSTRAINT "FK_ad88301fdc79593dd222268a8b6"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "must_change_password"`);
    await queryRunner.query(`DROP INDEX "public"."uq_password_reset_pending"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0309de62e0cb0960ebb2cb65c9"`);
    await queryRunner.query(`DROP TABLE "password_reset"`);
  }
}
