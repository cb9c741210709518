// Fields several schemas of the wire contract share: spread them where they stand in a schema (`{ ...versionedRow }`),
// so that the order of the fields on the wire stays that of the schema.
import * as z from 'zod';
import { isoDateTime, zonedDateTime } from './common';

// ---- queries

/** `?from=&to=`: a range of instants a client sends (ISO-8601 with an offset or Z), both optional. */
export const rangeQuery = { from: zonedDateTime().optional(), to: zonedDateTime().optional() };
/** `?limit=&cursor=` in a query of its own: a page of at most 200, a cursor of at most `cursorMax` characters. */
export const cursorQuery = (cursorMax: number) => ({
  limit: z.coerce.number<string>().int().min(1).max(200).optional(),
  cursor: z.string().min(1).max(cursorMax).optional(),
});

// ---- responses

/** A row with a name: workspace, brand, access token. */
export const namedRow = { id: z.string(), name: z.string() };
/** A row clients change: its version (send it back with a change; a stale one answers 409) and its creation. */
export const versionedRow = { version: z.int(), createdAt: isoDateTime() };
/** Who created a row, and when. */
export const createdBy = { createdBy: z.string(), createdAt: isoDateTime() };
/** What an event (audited, notified) is about: the kind of row (`post`, `hold`…) and its id. */
export const eventSubject = { subjectType: z.string(), subjectId: z.string() };
/** A post read from X: its author's username, its text and when it was written. */
export const xPostFields = { authorUsername: z.string(), text: z.string(), createdAt: isoDateTime() };
