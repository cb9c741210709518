import { Body, Controller, Delete, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AccessTokenService, AuthService, WorkspaceService, type Actor, type UserRecord } from '@xp/server/application';
import {
  AccessTokenPageSchema,
  CreatedAccessTokenSchema,
  CsrfResponseSchema,
  MeResponseSchema,
  type AccessTokenDto,
  type CreatedAccessTokenDto,
  type CsrfResponse,
  type MeResponse,
  type Page,
} from '@xp/shared';
import { CurrentActor, Public, type SessionUser } from '../auth/auth.decorators';
import { CsrfHolder } from '../auth/csrf-holder';
import { SESSION_COOKIE } from '../auth/web-security';
import { ChangePasswordDto, CreateTokenDto, LoginDto, PageQueryDto, RegisterDto } from '../dto/identity.dto';
import { page, pageRequest, toToken, toUser } from './mappers';
import { LoginThrottled } from '../http/throttle';
import { ApiNoContent, ApiResult } from '../http/api-response';

export function signIn(req: Request, user: UserRecord): Promise<void> {
  return new Promise((resolve, reject) =>
    req.login({ id: user.id, via: 'session' } satisfies SessionUser, (err) => (err ? reject(err) : resolve())),
  );
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly workspaces: WorkspaceService,
    private readonly tokens: AccessTokenService,
    private readonly csrf: CsrfHolder,
  ) {}

  @Public()
  @Get('csrf')
  @ApiResult(200, CsrfResponseSchema)
  csrfToken(@Req() req: Request, @Res({ passthrough: true }) res: Response): CsrfResponse {
    return { csrfToken: this.csrf.issue(req, res) };
  }

  @Public()
  @LoginThrottled()
  @Post('register')
  @ApiResult(201, MeResponseSchema)
  async register(
    @Body() body: RegisterDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeResponse> {
    const { user } = await this.auth.register(body);
    await signIn(req, user);
    return this.me({ userId: user.id, via: 'session', sessionId: req.sessionID }, req, res);
  }

  @Public()
  @LoginThrottled()
  @Post('login')
  @ApiResult(200, MeResponseSchema)
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeResponse> {
    const user = await this.auth.verifyCredentials(body.email, body.password);
    await signIn(req, user);
    return this.me({ userId: user.id, via: 'session', sessionId: req.sessionID }, req, res);
  }

  @Public()
  @Post('logout')
  @ApiNoContent()
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await new Promise<void>((resolve) => req.logout(() => resolve()));
    await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    res.clearCookie(SESSION_COOKIE);
  }

  @Get('me')
  @ApiResult(200, MeResponseSchema)
  async me(
    @CurrentActor() actor: Actor,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeResponse> {
    const user = await this.auth.getUser(actor.userId);
    const ws = await this.workspaces.list(actor, { limit: 200 });
    return {
      user: toUser(user),
      workspaces: ws.items.map((w) => ({ id: w.id, name: w.name, role: w.role })),
      csrfToken: this.csrf.issue(req, res),
    };
  }

  @Post('password')
  @LoginThrottled()
  @ApiNoContent()
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor.userId, body.currentPassword, body.newPassword, actor.sessionId);
  }

  @Post('tokens')
  @ApiResult(201, CreatedAccessTokenSchema)
  async createToken(@CurrentActor() actor: Actor, @Body() body: CreateTokenDto): Promise<CreatedAccessTokenDto> {
    const { record, token } = await this.tokens.create(actor, body.name, body.expiresInDays);
    return { ...toToken(record), token };
  }

  @Get('tokens')
  @ApiResult(200, AccessTokenPageSchema)
  async listTokens(@CurrentActor() actor: Actor, @Query() q: PageQueryDto): Promise<Page<AccessTokenDto>> {
    return page(await this.tokens.list(actor, pageRequest(q)), toToken);
  }

  @Delete('tokens/:id')
  @ApiNoContent()
  async revokeToken(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.tokens.revoke(actor, id);
  }
}
