import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail notifications: the kinds each user turned off, and the due-date reminders already sent
 * (so that the daily job never sends one twice).
 */
export class Notifications1734000000000 implements MigrationInterface {
  name = 'Notifications1734000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_opt_out" ("user_id" uuid NOT NULL, "kind" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8288a61632820748c4653a2c61f" PRIMARY KEY ("user_id", "kind"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "sent_reminder" ("cycle_id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" text NOT NULL, "due_date" date NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_efe974c48d016a7c75c5b97afdb" PRIMARY KEY ("cycle_id", "user_id", "kind", "due_date"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_329a7bfc46df99c4a1a6249879" ON "sent_reminder"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "notification_opt_out" ADD CONSTRAINT "FK_2261eaa3ec7cf18db09393e7b0c" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sent_reminder" ADD CONSTRAINT "FK_da0780e4900e87a2e3abe9004ea" FOREIGN KEY ("cycle_id") REFERENCES "review_cycle"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sent_reminder" ADD CONSTRAINT "FK_329a7bfc46df99c4a1a62498799" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sent_reminder" DROP CONSTRAINT "FK_329a7bfc46df99c4a1a62498799"`);
    await queryRunner.query(`ALTER TABLE "sent_reminder" DROP CONSTRAINT "FK_da0780e4900e87a2e3abe9004ea"`);
    await queryRunner.query(`ALTER TABLE "notification_opt_out" DROP CONSTRAINT "FK_2261eaa3ec7cf18db09393e7b0c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_329a7bfc46df99c4a1a6249879"`);
    await queryRunner.query(`DROP TABLE "sent_reminder"`);
    await queryRunner.query(`DROP TABLE "notification_opt_out"`);
  }
}
