import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A job offer's English title and hashtags, so that the English post does not repeat the French ones. */
export class JobOfferEnglish1796420000000 implements MigrationInterface {
  name = 'JobOfferEnglish1796420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_offers" ADD "title_en" text`);
    await queryRunner.query(`ALTER TABLE "job_offers" ADD "hashtags_en" text array`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "job_offers" DROP COLUMN "hashtags_en"`);
    await queryRunner.query(`ALTER TABLE "job_offers" DROP COLUMN "title_en"`);
  }
}
