import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An index for every foreign key that led none (tests/api/foreign-key-indexes.test.ts): the
 * loaders read children by these columns (responses and reads of a thread, threads of a goal…),
 * and deleting a parent row otherwise scans the child table.
 */
export class ForeignKeyIndexes1733184000000 implements MigrationInterface {
  name = 'ForeignKeyIndexes1733184000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_9af7b5131c8faff515ca3ef515" ON "indicator_department"  ("department_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_4387b7831f1a021ebd610fcab6" ON "measure_indicator"  ("policy_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c17e6f9a6f0b400ea36d12f3ee" ON "project_department"  ("department_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7bbda4c333c1da023d2f2ae732" ON "app_user"  ("department_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_79f68a9007a10c9fa07febc9e1" ON "user_invitation"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_ad88301fdc79593dd222268a8b" ON "password_reset"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d976bc79e650cc7e59ce50740e" ON "review_thread"  ("goal_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_bba860343df4b2e9f99c5acfe6" ON "thread_read"  ("thread_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_fb50ad29b5fae4c496f43672d2" ON "thread_response"  ("thread_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_855d72069c345f20388b9841dd" ON "thread_response"  ("department_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_af5cbe243f165e871a767e9849" ON "improvement_action"  ("origin_cycle_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7385668765d0f1757e84e903ce" ON "improvement_action"  ("response_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1ceec2b160f860ead518ac20f1" ON "improvement_action"  ("owner_department_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_1ceec2b160f860ead518ac20f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7385668765d0f1757e84e903ce"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_af5cbe243f165e871a767e9849"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_855d72069c345f20388b9841dd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fb50ad29b5fae4c496f43672d2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bba860343df4b2e9f99c5acfe6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d976bc79e650cc7e59ce50740e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ad88301fdc79593dd222268a8b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_79f68a9007a10c9fa07febc9e1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7bbda4c333c1da023d2f2ae732"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c17e6f9a6f0b400ea36d12f3ee"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4387b7831f1a021ebd610fcab6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9af7b5131c8faff515ca3ef515"`);
  }
}
