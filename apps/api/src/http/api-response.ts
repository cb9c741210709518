import { applyDecorators, HttpCode } from '@nestjs/common';
import { ApiProduces, ApiResponse } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import type { z } from 'zod';

/*
 * How a handler declares its answer (every operation documents one, see apps/api-e2e/src/openapi.e2e-spec.ts):
 *
 *   @Get(':id')
 *   @ApiResult(200, HoldSchema)                // status + the shared zod schema (libs/shared)
 *   async get(...): Promise<HoldDto> {         // HoldDto = z.infer<typeof HoldSchema>
 *     return toHold(await this.holds.get(...)); // an explicit mapper, never a raw record
 *   }
 *
 * - `ApiResult(status, schema)` sets the status code (`@HttpCode`) and documents the schema in OpenAPI under the
 *   schema's name (`schema.meta({ id })`, or `name` in the options). TypeScript refuses the handler when its return
 *   type is not assignable to the schema's type. Lists: `ApiResult(200, pageOf(ItemSchema), { name: 'ItemPage' })`.
 * - The answer is NOT parsed at run time (hot paths such as the calendar list stay as fast as before): the mapper's
 *   return type is the check.
 * - `ApiNoContent()` for 204 answers, `ApiText(contentType)` for a text body (CSV, iCal).
 * - Request bodies and queries: `class XDto extends createZodDto(XSchema) {}` in apps/api/src/dto, the schema in
 *   libs/shared; objects `.strict()` so that unknown fields are refused.
 */

const dtos = new WeakMap<z.ZodType, ReturnType<typeof createZodDto>>();

/** The (cached) DTO class of a schema, named for OpenAPI's `components.schemas`. */
export function dtoOf(schema: z.ZodType, name?: string): ReturnType<typeof createZodDto> {
  let dto = dtos.get(schema);
  if (!dto) {
    const id = name ?? (schema.meta()?.id as string | undefined);
    if (!id) throw new Error('ApiResult: give the schema a .meta({ id }) or pass { name }');
    dto = createZodDto(schema);
    Object.defineProperty(dto, 'name', { value: id });
    dtos.set(schema, dto);
  }
  return dto;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any handler parameters; only the result is checked
type Handler<T> = Pick<TypedPropertyDescriptor<(...args: any[]) => T | Promise<T>>, 'value'>;

/** Documents a 2xx answer with the shared zod schema, sets the status, and types the handler's return. */
export function ApiResult<S extends z.ZodType>(
  status: 200 | 201 | 202,
  schema: S,
  opts: { name?: string; description?: string } = {},
): (target: object, key: string | symbol, descriptor: Handler<z.input<S>>) => void {
  const dto = dtoOf(schema, opts.name);
  return applyDecorators(
    HttpCode(status),
    ApiResponse({ status, description: opts.description ?? 'OK', type: dto.Output }),
  ) as never;
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
