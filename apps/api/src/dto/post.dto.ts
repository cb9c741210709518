import { createZodDto } from 'nestjs-zod';
import {
  AltTextRequestSchema,
  ApproveRequestSchema,
  CancelRequestSchema,
  CheckPostRequestSchema,
  CommentRequestSchema,
  CreatePostGroupRequestSchema,
  CreatePostRequestSchema,
  PostQuerySchema,
  PutCharterRequestSchema,
  RequestChangesRequestSchema,
  UpdatePostRequestSchema,
} from '@xp/shared';

// Request bodies and queries of the posts, media and charter endpoints: the schemas live in libs/shared.
export class CreatePostDto extends createZodDto(CreatePostRequestSchema) {}
export class CreatePostGroupDto extends createZodDto(CreatePostGroupRequestSchema) {}
export class UpdatePostDto extends createZodDto(UpdatePostRequestSchema) {}
export class CheckPostDto extends createZodDto(CheckPostRequestSchema) {}
export class ApproveDto extends createZodDto(ApproveRequestSchema) {}
export class RequestChangesDto extends createZodDto(RequestChangesRequestSchema) {}
export class CancelDto extends createZodDto(CancelRequestSchema) {}
export class CommentDto extends createZodDto(CommentRequestSchema) {}
export class PostQueryDto extends createZodDto(PostQuerySchema) {}
export class AltTextDto extends createZodDto(AltTextRequestSchema) {}
export class PutCharterDto extends createZodDto(PutCharterRequestSchema) {}
