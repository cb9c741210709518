import { Body, Controller, Delete, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  AccessTokenService,
  AuthService,
  RegistrationService,
  WorkspaceService,
  type Actor,
  type UserRecord,
} from '@xp/server/application';
import {
  AccessTokenPageSchema,
  CheckEmailResponseSchema,
  CreatedAccessTokenSchema,
  CsrfResponseSchema,
  MeResponseSchema,
  type AccessTokenDto,
  type CheckEmailResponse,
  type CreatedAccessTokenDto,
  type CsrfResponse,
  type MeResponse,
  type Page,
} from '@xp/shared';
import { CurrentActor, Public, type SessionUser } from '../auth/auth.decorators';
import { CsrfHolder } from '../auth/csrf-holder';
import { SESSION_COOKIE } from '../auth/web-security';
import {
  ChangePasswordDto,
  ConfirmRegistrationDto,
  CreateTokenDto,
  LoginDto,
  PageQueryDto,
  RegisterDto,
} from '../dto/identity.dto';
import { page, pageRequest, toToken, toUser } from './mappers';
import { LoginThrottled } from '../http/throttle';
import { ApiNoContent, ApiResultOr, GetResult, PostResult } from '../http/api-response';

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
    private readonly registrations: RegistrationService,
    private readonly workspaces: WorkspaceService,
    private readonly tokens: AccessTokenService,
    private readonly csrf: CsrfHolder,
  ) {}

  @Public()
  @GetResult('csrf', CsrfResponseSchema)
  csrfToken(@Req() req: Request, @Res({ passthrough: true }) res: Response): CsrfResponse {
    return { csrfToken: this.csrf.issue(req, res) };
  }

  /**
   * 201 signed in (a new address, REGISTRATION_VERIFY_EMAIL off), or 202 `check_email`: the same answer for a new
   * address (a confirmation link was sent) and for one that already has an account (its owner was told).
   */
  @Public()
  @LoginThrottled()
  @Post('register')
  @ApiResultOr(201, MeResponseSchema, {
    status: 202,
    schema: CheckEmailResponseSchema,
    description: 'An e-mail was sent to the address; the same answer whether or not it already has an account',
  })
  async register(
    @Body() body: RegisterDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeResponse | CheckEmailResponse> {
    const outcome = await this.registrations.register(body);
    if (outcome.status === 'check_email') {
      res.status(202);
      return { status: 'check_email' };
    }
    return this.signInAs(outcome.user, req, res);
  }

  /** The link of the confirmation e-mail: creates the account (and its workspace) and signs in. */
  @Public()
  @LoginThrottled()
  @PostResult('register/confirm', 201, MeResponseSchema)
  async confirmRegistration(
    @Body() body: ConfirmRegistrationDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeResponse> {
    const { user } = await this.registrations.confirm(body.token);
    return this.signInAs(user, req, res);
  }

  @Public()
  @LoginThrottled()
  @PostResult('login', 200, MeResponseSchema)
  async login(
    @Body() body: LoginDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MeResponse> {
    const user = await this.auth.verifyCredentials(body.email, body.password);
    return this.signInAs(user, req, res);
  }

  @Public()
  @Post('logout')
  @ApiNoContent()
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await new Promise<void>((resolve) => req.logout(() => resolve()));
    await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    res.clearCookie(SESSION_COOKIE);
  }

  @GetResult('me', MeResponseSchema)
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

  /** Opens a session for the user and answers as `GET /auth/me` does. */
  private async signInAs(user: UserRecord, req: Request, res: Response): Promise<MeResponse> {
    await signIn(req, user);
    return this.me({ userId: user.id, via: 'session', sessionId: req.sessionID }, req, res);
  }

  @Post('password')
  @LoginThrottled()
  @ApiNoContent()
  async changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    await this.auth.changePassword(actor.userId, body.currentPassword, body.newPassword, actor.sessionId);
  }

  @PostResult('tokens', 201, CreatedAccessTokenSchema)
  async createToken(@CurrentActor() actor: Actor, @Body() body: CreateTokenDto): Promise<CreatedAccessTokenDto> {
    const { record, token } = await this.tokens.create(actor, body.name, body.expiresInDays);
    return { ...toToken(record), token };
  }

  @GetResult('tokens', AccessTokenPageSchema)
  async listTokens(@CurrentActor() actor: Actor, @Query() q: PageQueryDto): Promise<Page<AccessTokenDto>> {
    return page(await this.tokens.list(actor, pageRequest(q)), toToken);
  }

  @Delete('tokens/:id')
  @ApiNoContent()
  async revokeToken(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.tokens.revoke(actor, id);
  }
}
