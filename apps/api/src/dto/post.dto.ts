import { createZodDto } from 'nestjs-zod';
import * as wire from '@xp/shared';

// Request bodies and queries of the posts, media and charter endpoints: the schemas live in libs/shared.
export class CreatePostDto extends createZodDto(wire.CreatePostRequestSchema) {}
export class CreatePostGroupDto extends createZodDto(wire.CreatePostGroupRequestSchema) {}
export class UpdatePostDto extends createZodDto(wire.UpdatePostRequestSchema) {}
export class CheckPostDto extends createZodDto(wire.CheckPostRequestSchema) {}
export class ApproveDto extends createZodDto(wire.ApproveRequestSchema) {}
// Validated against the optional schema (a submit may have no body); typed as the body it may carry.
export class SubmitDto extends createZodDto(wire.SubmitRequestSchema as unknown as typeof wire.SubmitBodySchema) {}
export class RequestChangesDto extends createZodDto(wire.RequestChangesRequestSchema) {}
export class CancelDto extends createZodDto(wire.CancelRequestSchema) {}
export class CommentDto extends createZodDto(wire.CommentRequestSchema) {}
export class PostQueryDto extends createZodDto(wire.PostQuerySchema) {}
export class AltTextDto extends createZodDto(wire.AltTextRequestSchema) {}
export class PutCharterDto extends createZodDto(wire.PutCharterRequestSchema) {}
