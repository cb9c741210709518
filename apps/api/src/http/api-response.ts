import { applyDecorators, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { ApiProduces, ApiResponse, type OpenAPIObject } from '@nestjs/swagger';
import type {
  OperationObject,
  ParameterObject,
  ReferenceObject,
  SchemaObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ApiErrorBodySchema } from '@xp/shared';
import { z } from 'zod';

/*
 * How a handler declares its answer (every operation documents one, see apps/api-e2e/src/openapi.e2e-spec.ts):
 *
 *   @GetResult(':id', HoldSchema)              // the route, its status + the shared zod schema (libs/shared)
 *   async get(...): Promise<HoldDto> {         // HoldDto = z.infer<typeof HoldSchema>
 *     return toHold(await this.holds.get(...)); // an explicit mapper, never a raw record
 *   }
 *
 * - `GetResult(path, schema)` is `@Get(path) @ApiResult(200, schema)`; likewise `PostResult(path, status, schema)`,
 *   `PatchResult`, `PutResult` and `DeleteResult` (200). `ApiResult` alone where the route is declared apart.
 * - `ApiResult(status, schema)` sets the status code (`@HttpCode`) and documents the schema in OpenAPI (sub-schemas
 *   named with `.meta({ id: 'Hold' })` land in `components.schemas`). TypeScript refuses the handler when its return
 *   type is not assignable to the schema's type. Lists: `ApiResult(200, HoldPageSchema)` where
 *   `HoldPageSchema = pageOf(HoldSchema).meta({ id: 'HoldPage' })` in libs/shared.
 * - The answer is NOT parsed at run time (hot paths such as the calendar list stay as fast as before): the mapper's
 *   return type is the check.
 * - `ApiNoContent()` for 204 answers, `ApiText(contentType)` for a text body (CSV, iCal).
 * - Request bodies and queries: `class XDto extends createZodDto(XSchema) {}` in apps/api/src/dto, the schema in
 *   libs/shared; objects `.strict()` so that unknown fields are refused.
 */

/** Schemas named with `.meta({ id })`, gathered while the controllers are decorated; see `withResponseSchemas`. */
const components: Record<string, SchemaObject> = {};

/**
 * The OpenAPI 3.0 form of a response schema; named sub-schemas become `#/components/schemas/<id>` references, and
 * so does the schema itself when `name` is given. For `@ApiResponse({ schema })` where `ApiResult` cannot be used.
 */
export function responseSchema(schema: z.ZodType, name?: string): SchemaObject | ReferenceObject {
  const json = z.toJSONSchema(schema, { io: 'output', target: 'openapi-3.0', unrepresentable: 'any' });
  const refs = (node: unknown): SchemaObject =>
    JSON.parse(JSON.stringify(node).replaceAll('"#/definitions/', '"#/components/schemas/')) as SchemaObject;
  const { definitions, ...root } = json as { definitions?: Record<string, unknown> };
  for (const [id, def] of Object.entries(definitions ?? {})) components[id] = refs(def);
  if (!name) return refs(root);
  components[name] = refs(root);
  return { $ref: `#/components/schemas/${name}` };
}

/** Adds the named response schemas to the document (after `cleanupOpenApiDoc`). */
export function withResponseSchemas(doc: OpenAPIObject): OpenAPIObject {
  return { ...doc, components: { ...doc.components, schemas: { ...components, ...doc.components?.schemas } } };
}

/**
 * Each operation's path parameters first, in the order of its path (`/workspaces/{ws}/posts/{id}`: ws, id), then the
 * others as declared. @nestjs/swagger lists the parameters a handler reads with `@Param`/`@Query` before those
 * documented with `@ApiParam` (as `@Caller()` documents `ws`); this keeps the order of the path whichever way.
 */
export function pathParametersFirst(doc: OpenAPIObject): OpenAPIObject {
  const paths = Object.fromEntries(
    Object.entries(doc.paths).map(([path, item]) => {
      const order = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const rank = (p: ParameterObject | ReferenceObject) =>
        'in' in p && p.in === 'path' && order.includes(p.name) ? order.indexOf(p.name) : order.length;
      const ops = Object.entries(item).map(([method, op]: [string, OperationObject]) =>
        op?.parameters
          ? [method, { ...op, parameters: [...op.parameters].sort((a, b) => rank(a) - rank(b)) }]
          : [method, op],
      );
      return [path, Object.fromEntries(ops)];
    }),
  );
  return { ...doc, paths };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any handler parameters; only the result is checked
type Handler<T> = Pick<TypedPropertyDescriptor<(...args: any[]) => T | Promise<T>>, 'value'>;

/** A method decorator that types the handler's return: its answer must match the schema's type. */
type Answers<S extends z.ZodType> = (target: object, key: string | symbol, descriptor: Handler<z.input<S>>) => void;
type ResultOptions = string | { name?: string; description?: string };
type Status = 200 | 201 | 202;

/**
 * Documents a 2xx answer with the shared zod schema, sets the status, and types the handler's return.
 * `opts`: a description, or `{ name, description }` (`name` puts the schema itself in `components.schemas`).
 */
export function ApiResult<S extends z.ZodType>(status: Status, schema: S, opts: ResultOptions = {}): Answers<S> {
  const { name, description = 'OK' } = typeof opts === 'string' ? { description: opts } : opts;
  return applyDecorators(
    HttpCode(status),
    ApiResponse({ status, description, schema: responseSchema(schema, name) }),
  ) as never;
}

/** The route and the answer it documents, in one: `@GetResult(':id', HoldSchema)` is `@Get(':id') @ApiResult(200, HoldSchema)`. */
const routeResult =
  (route: (path: string) => MethodDecorator) =>
  <S extends z.ZodType>(path: string, schema: S, opts?: ResultOptions): Answers<S> =>
    applyDecorators(route(path), ApiResult(200, schema, opts) as MethodDecorator) as never;

export const GetResult = routeResult(Get);
export const PatchResult = routeResult(Patch);
export const PutResult = routeResult(Put);
export const DeleteResult = routeResult(Delete);

/** `@Post(path) @ApiResult(status, schema)`: 201 for what it creates, 200 for an action, 202 for work it queues. */
export const PostResult = <S extends z.ZodType>(
  path: string,
  status: Status,
  schema: S,
  opts?: ResultOptions,
): Answers<S> => applyDecorators(Post(path), ApiResult(status, schema, opts) as MethodDecorator) as never;

/**
 * Like `ApiResult`, with a second documented answer that the handler chooses itself (`res.status(alt.status)`),
 * e.g. a sign-up answering 201 signed in, or 202 "check your e-mail". The handler may return either shape.
 */
export function ApiResultOr<S extends z.ZodType, A extends z.ZodType>(
  status: 200 | 201 | 202,
  schema: S,
  alt: { status: 200 | 201 | 202; schema: A; description: string },
): (target: object, key: string | symbol, descriptor: Handler<z.input<S> | z.input<A>>) => void {
  return applyDecorators(
    HttpCode(status),
    ApiResponse({ status, description: 'OK', schema: responseSchema(schema) }),
    ApiResponse({ status: alt.status, description: alt.description, schema: responseSchema(alt.schema) }),
  ) as never;
}

/** A documented error answer (the API's one error body) besides the global ones, e.g. a 409 the route may give. */
export function ApiError(status: number, description: string): MethodDecorator {
  return ApiResponse({ status, description, schema: responseSchema(ApiErrorBodySchema) });
}

/** A 204 answer without a body. */
export function ApiNoContent(): MethodDecorator {
  return applyDecorators(HttpCode(204), ApiResponse({ status: 204, description: 'No content' }));
}

/** A 200 text answer (CSV, iCal, …). */
export function ApiText(contentType: string): MethodDecorator {
  return applyDecorators(
    ApiProduces(contentType),
    ApiResponse({ status: 200, description: 'OK', content: { [contentType]: { schema: { type: 'string' } } } }),
  );
}

/** A binary answer whose type depends on the resource (a media's bytes): documented as bytes of these types. */
export function ApiBinary(contentTypes: readonly string[]): MethodDecorator {
  return applyDecorators(
    ApiProduces(...contentTypes),
    ApiResponse({
      status: 200,
      description: 'OK',
      content: Object.fromEntries(contentTypes.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])),
    }),
  );
}

/** A server-sent event stream (text/event-stream); `schema` describes one message (`event` name and JSON `data`). */
export function ApiEventStream(schema: z.ZodType, name: string): MethodDecorator {
  return applyDecorators(
    ApiProduces('text/event-stream'),
    ApiResponse({
      status: 200,
      description: 'A stream of server-sent events, each one of the shapes of the schema',
      content: { 'text/event-stream': { schema: responseSchema(schema, name) } },
    }),
  );
}
