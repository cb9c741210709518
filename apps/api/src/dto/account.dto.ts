import { createZodDto } from 'nestjs-zod';
import { ConnectAccountRequestSchema, UpdateAccountRequestSchema } from '@xp/shared';

export class ConnectAccountDto extends createZodDto(ConnectAccountRequestSchema) {}
export class UpdateAccountDto extends createZodDto(UpdateAccountRequestSchema) {}
