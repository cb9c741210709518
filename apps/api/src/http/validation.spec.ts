import { BadRequestException, type ArgumentMetadata } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { CreateBrandRequestSchema, PageQuerySchema, UpdateMemberRequestSchema } from '@xp/shared';
import { validationPipe } from './validation';

class BrandBody extends createZodDto(CreateBrandRequestSchema) {}
class MemberBody extends createZodDto(UpdateMemberRequestSchema) {}
class PageQuery extends createZodDto(PageQuerySchema) {}

const pipe = validationPipe();
const body = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });

/** The answer the pipe gives to bad input: the API's error body, one detail per field. */
function refusal(value: unknown, metatype: ArgumentMetadata['metatype']): unknown {
  try {
    pipe.transform(value, body(metatype));
  } catch (e) {
    expect(e).toBeInstanceOf(BadRequestException);
    return (e as BadRequestException).getResponse();
  }
  throw new Error('accepted');
}

it('answers VALIDATION_FAILED with the field and the schema message', () => {
  expect(refusal({ name: 'Kindy', color: 'red' }, BrandBody)).toEqual({
    code: 'VALIDATION_FAILED',
    message: 'color: must be a colour like #1a2b3c',
    details: [{ field: 'color', message: 'must be a colour like #1a2b3c' }],
  });
});

it('refuses unknown fields one by one, with their path', () => {
  expect(refusal({ name: 'Kindy', isAdmin: true, owner: 'me' }, BrandBody)).toMatchObject({
    message: 'Some fields are invalid',
    details: [
      { field: 'isAdmin', message: 'property isAdmin should not exist' },
      { field: 'owner', message: 'property owner should not exist' },
    ],
  });
});

it('names nested fields with a dotted path', () => {
  const r = refusal({ accountIds: ['not-an-id'], version: 1 }, MemberBody) as { details: { field: string }[] };
  expect(r.details.map((d) => d.field)).toEqual(['accountIds.0']);
});

it('reports missing and mistyped fields together', () => {
  const r = refusal({ color: 7 }, BrandBody) as { details: { field: string }[] };
  expect(r.details.map((d) => d.field).sort()).toEqual(['color', 'name']);
});

it('passes valid input through, converted (query numbers)', () => {
  expect(pipe.transform({ limit: '20' }, { type: 'query', metatype: PageQuery })).toEqual({ limit: 20 });
  expect(pipe.transform({ name: 'Kindy', color: null }, body(BrandBody))).toEqual({ name: 'Kindy', color: null });
});

it('leaves parameters that are not zod DTOs alone', () => {
  expect(pipe.transform('abc', { type: 'param', metatype: String, data: 'id' })).toBe('abc');
});
