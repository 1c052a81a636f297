import type { Pool } from 'pg'

import type { SearchDocument, SearchLocale } from '../../src/search/document'
import type { FacetName } from '../../src/search/port'

/**
 * The peer of the embedded engine: PostgreSQL full-text search over the same search documents,
 * built as a team that knows PostgreSQL would build it.
 *
 * - one table of the documents, with a `tsvector` per row in the configuration of its locale:
 *   `english` or `french` stemming after `unaccent` (so "diplomes" finds "diplômes"), weighted
 *   A title, B summary, C pilot names, D body; a GIN index on it;
 * - the query through `websearch_to_tsquery` rules (words, stop words dropped, hyphenated words
 *   as the whole and its parts), all words first (AND), then any word (OR) when fewer match,
 *   ranked by `ts_rank_cd` with length normalisation;
 * - typing mistakes with `pg_trgm`: a query word that is not in the indexed vocabulary (a table
 *   of every word of the documents, from `ts_stat`, with a trigram GIN index) is widened to the
 *   three most similar vocabulary words above pg_trgm's similarity threshold (0.3), the
 *   approach of PostgreSQL's own documentation for spelling suggestions;
 * - filters as WHERE clauses (values within a facet OR-ed, facets AND-ed);
 * - the whole search in one SQL function, one round trip per query.
 * It does not translate between languages and builds no highlights or facet counts.
 */

const SCHEMA = 'relevance_fts'

/** Facet -> column and its SQL type (arrays are matched with &&, scalars with = ANY). */
const FILTER_COLUMNS: Record<FacetName, { column: string; array: boolean; int?: boolean }> = {
  type: { column: 'type', array: false },
  country: { column: 'countries', array: true },
  pilot: { column: 'pilot_slugs', array: true },
  themeGroup: { column: 'theme_groups', array: true },
  theme: { column: 'themes', array: true },
  targetGroup: { column: 'target_groups', array: true },
  interventionType: { column: 'intervention_types', array: true },
  evidenceLevel: { column: 'evidence_level', array: false },
  lessonKind: { column: 'lesson_kind', array: false },
  year: { column: 'year', array: false, int: true },
  language: { column: 'languages', array: true },
  fundingInstrument: { column: 'funding_instruments', array: true },
}

const FACETS = Object.keys(FILTER_COLUMNS) as FacetName[]

export class PostgresFullTextSearch {
  constructor(private readonly pool: Pool) {}

  /** Checks that the server has the two extensions, and says which version it is. */
  async serverInfo(): Promise<{ version: string; extensions: string[] }> {
    const version = await this.pool.query<{ server_version: string }>('SHOW server_version')
    const available = await this.pool.query<{ name: string }>(
      "SELECT name FROM pg_available_extensions WHERE name IN ('unaccent', 'pg_trgm') ORDER BY name",
    )
    return { version: version.rows[0]!.server_version, extensions: available.rows.map((row) => row.name) }
  }

  /** Creates the schema, loads the documents, builds the vectors, the vocabulary and the indexes. */
  async load(docs: readonly SearchDocument[]): Promise<void> {
    const client = await this.pool.connect()
    try {
      await client.query('CREATE EXTENSION IF NOT EXISTS unaccent')
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm')
      await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`)
      await client.query(`CREATE SCHEMA ${SCHEMA}`)
      for (const [name, parent, stem] of [
        ['en', 'english', 'english_stem'],
        ['fr', 'french', 'french_stem'],
      ] as const) {
        await client.query(`CREATE TEXT SEARCH CONFIGURATION ${SCHEMA}.${name} (COPY = pg_catalog.${parent})`)
        await client.query(
          `ALTER TEXT SEARCH CONFIGURATION ${SCHEMA}.${name} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${stem}`,
        )
      }
      await client.query(`
        CREATE TABLE ${SCHEMA}.docs (
          id text PRIMARY KEY, type text NOT NULL, slug text NOT NULL, locale text NOT NULL,
          title text NOT NULL, summary text NOT NULL, pilot_names text NOT NULL, body text NOT NULL,
          countries text[] NOT NULL, pilot_slugs text[] NOT NULL, themes text[] NOT NULL, theme_groups text[] NOT NULL,
          target_groups text[] NOT NULL, intervention_types text[] NOT NULL, evidence_level text, lesson_kind text,
          year integer, languages text[] NOT NULL, funding_instruments text[] NOT NULL, published_at bigint NOT NULL,
          tsv tsvector
        )`)
      await client.query(
        `INSERT INTO ${SCHEMA}.docs (id, type, slug, locale, title, summary, pilot_names, body, countries, pilot_slugs, themes,
           theme_groups, target_groups, intervention_types, evidence_level, lesson_kind, year, languages, funding_instruments, published_at)
         SELECT d.id, d.type, d.slug, d.locale, d.title, d.summary, array_to_string(d."pilotNames", ' '), d.body,
           d.countries, d."pilotSlugs", d.themes, d."themeGroups", d."targetGroups", d."interventionTypes", d."evidenceLevel",
           d."lessonKind", d.year, d.languages, d."fundingInstruments", d."publishedAt"
         FROM jsonb_to_recordset($1::jsonb) AS d(id text, type text, slug text, locale text, title text, summary text,
           "pilotNames" text[], body text, countries text[], "pilotSlugs" text[], themes text[], "themeGroups" text[],
           "targetGroups" text[], "interventionTypes" text[], "evidenceLevel" text, "lessonKind" text, year integer,
           languages text[], "fundingInstruments" text[], "publishedAt" bigint)`,
        [JSON.stringify(docs)],
      )
      await client.query(`
        UPDATE ${SCHEMA}.docs SET tsv =
          setweight(to_tsvector(c.cfg, title), 'A') || setweight(to_tsvector(c.cfg, summary), 'B') ||
          setweight(to_tsvector(c.cfg, pilot_names), 'C') || setweight(to_tsvector(c.cfg, body), 'D')
        FROM (SELECT 'en' AS locale, '${SCHEMA}.en'::regconfig AS cfg UNION ALL SELECT 'fr', '${SCHEMA}.fr'::regconfig) AS c
        WHERE c.locale = docs.locale`)
      await client.query(`CREATE INDEX docs_tsv ON ${SCHEMA}.docs USING gin (tsv)`)
      await client.query(`CREATE INDEX docs_locale ON ${SCHEMA}.docs (locale, published_at DESC)`)
      // The vocabulary for spelling: every word of the documents of a locale, unaccented, unstemmed.
      await client.query(`CREATE TABLE ${SCHEMA}.words (locale text NOT NULL, word text NOT NULL, PRIMARY KEY (locale, word))`)
      for (const locale of ['en', 'fr'] as const) {
        await client.query(
          `INSERT INTO ${SCHEMA}.words (locale, word)
           SELECT $1, word FROM ts_stat($$SELECT to_tsvector('simple', unaccent(title || ' ' || summary || ' ' || pilot_names || ' ' || body))
                                          FROM ${SCHEMA}.docs WHERE locale = '${locale}'$$)`,
          [locale],
        )
      }
      await client.query(`CREATE INDEX words_trgm ON ${SCHEMA}.words USING gin (word gin_trgm_ops)`)
      await client.query(`ANALYZE ${SCHEMA}.docs`)
      await client.query(`ANALYZE ${SCHEMA}.words`)
      await client.query(this.searchFunction())
    } finally {
      client.release()
    }
  }

  private searchFunction(): string {
    const filterParams = FACETS.map((facet) => `f_${facet} ${FILTER_COLUMNS[facet].int ? 'integer[]' : 'text[]'}`).join(', ')
    const where = FACETS.map((facet) => {
      const { column, array } = FILTER_COLUMNS[facet]
      return `(f_${facet} IS NULL OR ${array ? `d.${column} && f_${facet}` : `d.${column} = ANY (f_${facet})`})`
    }).join('\n          AND ')
    return `
      CREATE FUNCTION ${SCHEMA}.search(p_locale text, p_q text, p_limit integer, ${filterParams})
      RETURNS TABLE (type text, slug text) LANGUAGE plpgsql STABLE AS $fn$
      DECLARE
        cfg regconfig := CASE WHEN p_locale = 'fr' THEN '${SCHEMA}.fr'::regconfig ELSE '${SCHEMA}.en'::regconfig END;
        all_words tsquery;
        any_word tsquery;
        term tsquery;
        token text;
        plain text;
        alternative text;
      BEGIN
        FOR token IN SELECT t FROM regexp_split_to_table(coalesce(p_q, ''), '[[:space:]''’"]+') AS t LOOP
          token := regexp_replace(token, '^[[:punct:]]+|[[:punct:]]+$', '', 'g');
          CONTINUE WHEN token = '';
          term := websearch_to_tsquery(cfg, token);
          CONTINUE WHEN numnode(term) = 0; -- a stop word
          plain := lower(unaccent(token));
          IF NOT EXISTS (SELECT 1 FROM ${SCHEMA}.words w WHERE w.locale = p_locale AND w.word = plain) THEN
            FOR alternative IN
              SELECT w.word FROM ${SCHEMA}.words w WHERE w.locale = p_locale AND w.word % plain
              ORDER BY similarity(w.word, plain) DESC, w.word LIMIT 3
            LOOP
              term := term || plainto_tsquery(cfg, alternative);
            END LOOP;
          END IF;
          all_words := CASE WHEN all_words IS NULL THEN term ELSE all_words && term END;
          any_word := CASE WHEN any_word IS NULL THEN term ELSE any_word || term END;
        END LOOP;

        IF coalesce(btrim(p_q), '') = '' THEN
          RETURN QUERY SELECT d.type, d.slug FROM ${SCHEMA}.docs d
            WHERE d.locale = p_locale AND ${where}
            ORDER BY d.published_at DESC, d.id LIMIT p_limit;
          RETURN;
        END IF;
        IF any_word IS NULL THEN
          RETURN; -- only stop words
        END IF;
        RETURN QUERY SELECT d.type, d.slug FROM ${SCHEMA}.docs d
          WHERE d.locale = p_locale AND d.tsv @@ any_word
          AND ${where}
          ORDER BY (d.tsv @@ all_words) DESC, ts_rank_cd(d.tsv, any_word, 1) DESC, d.id
          LIMIT p_limit;
      END
      $fn$`
  }

  /** The first `limit` hits, as `type:slug`. */
  async search(locale: SearchLocale, q: string, filters: Partial<Record<FacetName, string[]>>, limit: number): Promise<string[]> {
    const values = FACETS.map((facet) => {
      const given = filters[facet]
      if (!given || given.length === 0) return null
      return FILTER_COLUMNS[facet].int ? given.map(Number) : given
    })
    const placeholders = FACETS.map((_, i) => `$${i + 4}`).join(', ')
    const result = await this.pool.query<{ type: string; slug: string }>(
      `SELECT type, slug FROM ${SCHEMA}.search($1, $2, $3, ${placeholders})`,
      [locale, q, limit, ...values],
    )
    return result.rows.map((row) => `${row.type}:${row.slug}`)
  }

  async drop(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`)
  }
}
