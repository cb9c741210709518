import { BadRequestException } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';

type Detail = { field: string; message: string };

/** One detail per zod issue, `field` as a dotted path (`segments.1.text`); unknown keys one detail each. */
export function zodDetails(error: z.ZodError): Detail[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        field: [...path, key].join('.'),
        message: `property ${key} should not exist`,
      }));
    return [{ field: path.join('.'), message: issue.message }];
  });
}

function validationFailed(details: Detail[]): BadRequestException {
  return new BadRequestException({
    code: 'VALIDATION_FAILED',
    message: details.length === 1 ? `${details[0]!.field}: ${details[0]!.message}` : 'Some fields are invalid',
    details,
  });
}

/**
 * Validates every body and query at the edge: wrong types, unknown fields and missing ones answer 400
 * `{ code: 'VALIDATION_FAILED', message, details: [{ field, message }] }`.
 * A parameter is validated when typed with a zod DTO: `class XDto extends createZodDto(XSchema) {}` in
 * apps/api/src/dto, `XSchema` in libs/shared, objects `.strict()` so that unknown fields are refused.
 */
export const ApiValidationPipe = createZodValidationPipe({
  createValidationException: (error: unknown) =>
    validationFailed(
      error instanceof z.ZodError ? zodDetails(error) : [{ field: '', message: 'the request could not be read' }],
    ),
});

export function validationPipe(): InstanceType<typeof ApiValidationPipe> {
  return new ApiValidationPipe();
}
