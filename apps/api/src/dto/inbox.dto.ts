import { createZodDto } from 'nestjs-zod';
import {
  AssignConversationRequestSchema,
  ConversationListQuerySchema,
  ConversationNoteRequestSchema,
  ConversationStatusRequestSchema,
  CreateReplyRequestSchema,
  CreateSavedReplyRequestSchema,
  SavedReplyQuerySchema,
  UpdateSavedReplyRequestSchema,
  XCrcQuerySchema,
} from '@xp/shared';

export class ConversationListQueryDto extends createZodDto(ConversationListQuerySchema) {}
export class CreateReplyDto extends createZodDto(CreateReplyRequestSchema) {}
export class AssignConversationDto extends createZodDto(AssignConversationRequestSchema) {}
export class ConversationStatusDto extends createZodDto(ConversationStatusRequestSchema) {}
export class ConversationNoteDto extends createZodDto(ConversationNoteRequestSchema) {}
export class SavedReplyQueryDto extends createZodDto(SavedReplyQuerySchema) {}
export class CreateSavedReplyDto extends createZodDto(CreateSavedReplyRequestSchema) {}
export class UpdateSavedReplyDto extends createZodDto(UpdateSavedReplyRequestSchema) {}
export class XCrcQueryDto extends createZodDto(XCrcQuerySchema) {}
