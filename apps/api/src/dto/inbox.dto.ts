import { createZodDto } from 'nestjs-zod';
import * as wire from '@xp/shared';

// Request bodies and queries of the brand inbox and X's webhook check: the schemas live in libs/shared.
export class ConversationListQueryDto extends createZodDto(wire.ConversationListQuerySchema) {}
export class CreateReplyDto extends createZodDto(wire.CreateReplyRequestSchema) {}
export class AssignConversationDto extends createZodDto(wire.AssignConversationRequestSchema) {}
export class ConversationStatusDto extends createZodDto(wire.ConversationStatusRequestSchema) {}
export class ConversationNoteDto extends createZodDto(wire.ConversationNoteRequestSchema) {}
export class SavedReplyQueryDto extends createZodDto(wire.SavedReplyQuerySchema) {}
export class CreateSavedReplyDto extends createZodDto(wire.CreateSavedReplyRequestSchema) {}
export class UpdateSavedReplyDto extends createZodDto(wire.UpdateSavedReplyRequestSchema) {}
export class XCrcQueryDto extends createZodDto(wire.XCrcQuerySchema) {}
