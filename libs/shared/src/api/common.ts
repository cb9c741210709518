// Building blocks of the wire contract: every request and response of the REST API is a zod schema in libs/shared,
// the server validates and documents with them (nestjs-zod), the web app uses their inferred types.
import * as z from 'zod';
import type { MessageParams } from '../messages/format';

/**
 * The named parameters of a catalogue message (`libs/shared/src/messages`): strings, numbers, nested message
 * references or texts in both languages. Documented as an object; typed exactly.
 */
export const MessageParamsSchema = z
  .record(z.string(), z.unknown())
  .describe('Named parameters of the message code (strings, numbers, or nested messages)') as unknown as z.ZodType<
  MessageParams,
  MessageParams
>;

/** The consistent error body of every 4xx/5xx answer. */
export const ApiErrorBodySchema = z.object({
  statusCode: z.number().int(),
  code: z.string(),
  message: z.string(),
  details: z.array(z.object({ field: z.string().optional(), message: z.string() })).optional(),
  /** The message's named parameters, when the error has them (the web shows `msg.<code>` with them). */
  params: MessageParamsSchema.optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

/** An instant on the wire: ISO-8601 in UTC, as `Date.prototype.toISOString` writes it. */
export const isoDateTime = () => z.iso.datetime();

/** An instant sent by a client: ISO-8601 with an explicit offset or Z (a time without a zone is ambiguous). */
export const zonedDateTime = () =>
  z.iso.datetime({
    offset: true,
    error: 'must be an ISO-8601 date-time with an offset or Z, e.g. 2026-03-02T09:30:00Z',
  });

/** A row id (any UUID version). */
export const uuid = (error = 'must be an id') => z.uuid({ error });

/** An integer as PostgreSQL stores it (`integer`, 32 bits): a larger one could never match and the database refuses it. */
export const pgInt = () => z.int().min(-2_147_483_648).max(2_147_483_647);
/** The version a client read, for optimistic concurrency. */
export const versionNumber = () => pgInt().min(1);

/** A figure that counts something (posts, impressions, reads): a non-negative integer. */
export const count = () => z.int().min(0);

/** A human name: workspace, brand, token, display name. */
export const humanName = () => z.string().min(1).max(100);

/** `null` means "every account"; otherwise only these account ids. */
export const accountScope = () => z.array(uuid()).max(500).nullable();

/** A named component of the OpenAPI document: an object schema registered under `id`. */
export const component = <T extends z.core.$ZodLooseShape>(id: string, shape: T) => z.object(shape).meta({ id });

/** The one list envelope of the API: `{ items, nextCursor }`; a component named `id` when given. */
export function pageOf<T extends z.ZodType>(item: T, id?: string) {
  const page = z.object({
    items: z.array(item),
    /** Pass as `cursor` to get the next page; null at the end. */
    nextCursor: z.string().nullable(),
  });
  return id === undefined ? page : page.meta({ id });
}
export interface Page<T> {
  items: T[];
  /** Pass as `cursor` to get the next page; null at the end. */
  nextCursor: string | null;
}

/** A whole list in one answer, `{ items }` (no cursor: a report, a post's snapshots), named `id`. */
export const listOf = <T extends z.ZodType>(item: T, id: string) => component(id, { items: z.array(item) });

/** `?limit=&cursor=` of every paged list. */
export const PageQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).optional(),
    cursor: z.string().min(1).max(500).optional(),
  })
  .strict();
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** A boolean in a query string: `true` or `false`. */
export const queryFlag = () => z.enum(['true', 'false']).transform((v) => v === 'true');

/** `GET /api/health`: liveness and database readiness. */
export const HealthSchema = component('Health', { status: z.literal('ok'), database: z.literal('up') });
export type HealthDto = z.infer<typeof HealthSchema>;
