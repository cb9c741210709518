/** The words of a space-separated list, as a union of string literals. */
type Words<S extends string> = S extends `${infer Head} ${infer Tail}` ? Head | Words<Tail> : S;

/**
 * A typed list of field names written as space-separated strings (`fields('id name', 'version')`), so that a mapper
 * names its fields once, on a line or two, instead of copying them one assignment a line.
 */
export const fields = <S extends string[]>(...lines: S): Words<S[number]>[] =>
  lines.flatMap((line) => line.split(' ')) as Words<S[number]>[];

/**
 * The listed fields of `source`, copied as they are, and nothing else: a column not listed (an encrypted token,
 * a relation) never reaches the record.
 */
export function pick<T, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const key of keys) out[key] = source[key];
  return out;
}

/** `snake_case` as `camelCase`, at the type level. */
type Camel<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** A raw SQL row with its snake_case columns renamed to camelCase. */
export type CamelRow<R> = { [K in keyof R & string as Camel<K>]: R[K] };

/**
 * A raw SQL row (snake_case columns) under camelCase names, values as they are: what the record carries is exactly
 * what the query selects, so the SELECT list is the one place that names the fields.
 */
export function camelRow<R extends object>(row: R): CamelRow<R> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row))
    out[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
  return out as CamelRow<R>;
}
