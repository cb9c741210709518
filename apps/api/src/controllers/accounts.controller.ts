import { Body, Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AccountService, XWebhookService, type AccountRecord } from '@xp/server/application';
import { DomainError } from '@xp/server/domain';
import {
  AccountPageSchema,
  AccountSchema,
  ConnectAccountResponseSchema,
  type AccountDto,
  type ConnectAccountResponse,
  type Page,
} from '@xp/shared';
import { actorOf, Caller, Public, WorkspaceController } from '../auth/auth.decorators';
import { ConnectAccountDto, UpdateAccountDto } from '../dto/account.dto';
import { DeleteResult, GetResult, PatchResult, PostResult } from '../http/api-response';
import { iso, isoOrNull } from './mappers';

export const toAccount = (a: AccountRecord): AccountDto => ({
  id: a.id,
  brandId: a.brandId,
  xUserId: a.xUserId,
  handle: a.handle,
  name: a.name,
  avatarUrl: a.avatarUrl,
  status: a.status,
  timezone: a.timezone,
  approvalPolicy: a.approvalPolicy,
  postingSlots: a.postingSlots,
  rateLimitTier: a.rateLimitTier,
  longPosts: a.longPosts,
  replyApproval: a.replyApproval,
  firstResponseMinutes: a.firstResponseMinutes,
  tokenExpiresAt: isoOrNull(a.tokenExpiresAt),
  version: a.version,
  createdAt: iso(a.createdAt),
});

@WorkspaceController('accounts', 'accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountService) {}

  @PostResult('connect', 201, ConnectAccountResponseSchema)
  async connect(@Caller() { ws, actor }: Caller, @Body() body: ConnectAccountDto): Promise<ConnectAccountResponse> {
    const { authorizeUrl } = await this.accounts.startConnect(ws, actor, body.brandId);
    return { authorizeUrl };
  }

  @GetResult('', AccountPageSchema)
  async list(@Caller() { ws, actor }: Caller): Promise<Page<AccountDto>> {
    return { items: (await this.accounts.list(ws, actor)).map(toAccount), nextCursor: null };
  }

  @GetResult(':id', AccountSchema)
  async get(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<AccountDto> {
    return toAccount(await this.accounts.get(ws, actor, id));
  }

  @PatchResult(':id', AccountSchema)
  async update(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() body: UpdateAccountDto,
  ): Promise<AccountDto> {
    const { version, ...patch } = body;
    return toAccount(await this.accounts.update(ws, actor, id, patch, version));
  }

  /** Disconnects: revokes the tokens at X and forgets them; the account stays listed as disconnected. */
  @DeleteResult(':id', AccountSchema)
  async disconnect(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<AccountDto> {
    return toAccount(await this.accounts.disconnect(ws, actor, id));
  }
}

/** X redirects the browser here after the user approved (or refused) the connection. */
@Controller('oauth/x')
export class OAuthController {
  constructor(
    private readonly accounts: AccountService,
    private readonly webhooks: XWebhookService,
  ) {}

  @Public()
  @Get('callback')
  @ApiExcludeEndpoint()
  async callback(
    @Req() req: Request,
    @Res() res: Response,
    @Query('state') state?: string,
    @Query('code') code?: string,
    @Query('error') error?: string,
  ): Promise<void> {
    try {
      const { workspaceId, account } = await this.accounts.completeConnect(actorOf(req), { state, code, error });
      // The inbox hears of the new account in real time (its subscriptions at X); polling covers it meanwhile.
      void this.webhooks.subscribe(account.id, account.xUserId);
      res.redirect(303, `/w/${workspaceId}/accounts?connected=${encodeURIComponent(account.handle)}`);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      res.redirect(
        303,
        `/accounts/connect-error?code=${encodeURIComponent(e.code)}&message=${encodeURIComponent(e.message)}`,
      );
    }
  }
}
