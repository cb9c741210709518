import { createZodDto } from 'nestjs-zod';
import * as wire from '@xp/shared';

// The query of the paged posts list and the body of a bulk action: the schemas live in libs/shared.
export class PostSearchQueryDto extends createZodDto(wire.PostSearchQuerySchema) {}
// Validated against the whole union of actions; the class is typed as one of them (a class cannot extend a union):
// the controller reads it as wire.BulkPostsRequest.
export class BulkPostsDto extends createZodDto(
  wire.BulkPostsRequestSchema as unknown as typeof wire.BulkRestoreRequestSchema,
) {}
