import {
  BadRequestException,
  Injectable,
  ValidationPipe,
  type ArgumentMetadata,
  type PipeTransform,
  type ValidationError,
} from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';

type Detail = { field: string; message: string };

function validationFailed(details: Detail[]): BadRequestException {
  return new BadRequestException({
    code: 'VALIDATION_FAILED',
    message: details.length === 1 ? `${details[0]!.field}: ${details[0]!.message}` : 'Some fields are invalid',
    details,
  });
}

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

function flatten(errors: ValidationError[], parent = ''): Detail[] {
  return errors.flatMap((e) => {
    const field = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const ZodPipe = createZodValidationPipe({
  createValidationException: (error: unknown) =>
    error instanceof z.ZodError
      ? validationFailed(zodDetails(error))
      : validationFailed([{ field: '', message: 'invalid input' }]),
});

/**
 * Validates every body, query and param at the edge: wrong types, unknown fields and missing ones answer 400
 * `{ code: 'VALIDATION_FAILED', message, details: [{ field, message }] }`.
 * Parameters typed with a zod DTO (`class XDto extends createZodDto(XSchema) {}`, XSchema from `@xp/shared`) are
 * parsed by zod (objects are `.strict()`: unknown fields are refused); any other class still goes through
 * class-validator until the last such DTO is converted.
 */
@Injectable()
export class ApiValidationPipe implements PipeTransform {
  private readonly zod = new ZodPipe();
  private readonly classes = new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    const isZod = (metadata.metatype as { isZodDto?: boolean } | undefined)?.isZodDto === true;
    return isZod ? this.zod.transform(value, metadata) : this.classes.transform(value, metadata);
  }
}

export function validationPipe(): ApiValidationPipe {
  return new ApiValidationPipe();
}
