import { Body, Controller, Delete, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  BrandService,
  InvitationService,
  MemberService,
  OutboxService,
  RegistrationService,
  WorkspaceService,
  type Actor,
} from '@xp/server/application';
import {
  AcceptInvitationResponseSchema,
  BrandPageSchema,
  BrandSchema,
  CheckEmailResponseSchema,
  InvitationPageSchema,
  InvitationPreviewSchema,
  InvitationSchema,
  MemberPageSchema,
  MemberSchema,
  OutboxPageSchema,
  WorkspacePageSchema,
  WorkspaceSchema,
  type AcceptInvitationResponse,
  type BrandDto,
  type CheckEmailResponse,
  type InvitationDto,
  type InvitationPreviewDto,
  type MemberDto,
  type OutboxMessageDto,
  type Page,
  type WorkspaceDto,
} from '@xp/shared';
import { Caller, CurrentActor, OptionalActor, Public, WorkspaceController } from '../auth/auth.decorators';
import {
  AcceptInvitationDto,
  CreateBrandDto,
  CreateInvitationDto,
  CreateWorkspaceDto,
  PageQueryDto,
  UpdateBrandDto,
  UpdateMemberDto,
  UpdateWorkspaceDto,
} from '../dto/identity.dto';
import { ApiNoContent, ApiResultOr, GetResult, PatchResult, PostResult } from '../http/api-response';
import { LoginThrottled } from '../http/throttle';
import { signIn } from './auth.controller';
import { iso, page, pageRequest, toBrand, toInvitation, toMember, toOutbox, toUser, toWorkspace } from './mappers';
import { CsrfHolder } from '../auth/csrf-holder';

@ApiTags('workspaces')
@Controller('workspaces')
export class WorkspacesController {
  constructor(
    private readonly workspaces: WorkspaceService,
    private readonly members: MemberService,
    private readonly invitations: InvitationService,
    private readonly outbox: OutboxService,
  ) {}

  @GetResult('', WorkspacePageSchema)
  async list(@CurrentActor() actor: Actor, @Query() q: PageQueryDto): Promise<Page<WorkspaceDto>> {
    return page(await this.workspaces.list(actor, pageRequest(q)), toWorkspace);
  }

  @PostResult('', 201, WorkspaceSchema)
  async create(@CurrentActor() actor: Actor, @Body() body: CreateWorkspaceDto): Promise<WorkspaceDto> {
    return toWorkspace({ ...(await this.workspaces.createFor(actor.userId, body.name)), role: 'owner' });
  }

  @GetResult(':ws', WorkspaceSchema)
  async get(@Caller() { ws, actor }: Caller): Promise<WorkspaceDto> {
    return toWorkspace(await this.workspaces.get(ws, actor));
  }

  @PatchResult(':ws', WorkspaceSchema)
  async update(@Caller() { ws, actor }: Caller, @Body() body: UpdateWorkspaceDto): Promise<WorkspaceDto> {
    return toWorkspace(await this.workspaces.update(ws, actor, { name: body.name }, body.version));
  }

  @GetResult(':ws/members', MemberPageSchema)
  async listMembers(@Caller() { ws, actor }: Caller, @Query() q: PageQueryDto): Promise<Page<MemberDto>> {
    return page(await this.members.list(ws, actor, pageRequest(q)), toMember);
  }

  @PatchResult(':ws/members/:userId', MemberSchema)
  async updateMember(
    @Caller() { ws, actor }: Caller,
    @Param('userId') userId: string,
    @Body() body: UpdateMemberDto,
  ): Promise<MemberDto> {
    return toMember(
      await this.members.update(ws, actor, userId, { role: body.role, accountIds: body.accountIds }, body.version),
    );
  }

  @Delete(':ws/members/:userId')
  @ApiNoContent()
  async removeMember(@Caller() { ws, actor }: Caller, @Param('userId') userId: string): Promise<void> {
    await this.members.remove(ws, actor, userId);
  }

  @PostResult(':ws/invitations', 201, InvitationSchema)
  async invite(@Caller() { ws, actor }: Caller, @Body() body: CreateInvitationDto): Promise<InvitationDto> {
    const { invitation, link } = await this.invitations.create(ws, actor, body);
    return toInvitation(invitation, link);
  }

  @GetResult(':ws/invitations', InvitationPageSchema)
  async listInvitations(@Caller() { ws, actor }: Caller, @Query() q: PageQueryDto): Promise<Page<InvitationDto>> {
    return page(await this.invitations.listPending(ws, actor, pageRequest(q)), (i) => toInvitation(i));
  }

  @Delete(':ws/invitations/:id')
  @ApiNoContent()
  async revokeInvitation(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<void> {
    await this.invitations.revoke(ws, actor, id);
  }

  @GetResult(':ws/outbox', OutboxPageSchema)
  async listOutbox(@Caller() { ws, actor }: Caller, @Query() q: PageQueryDto): Promise<Page<OutboxMessageDto>> {
    return page(await this.outbox.list(ws, actor, pageRequest(q)), toOutbox);
  }
}

@WorkspaceController('brands', 'brands')
export class BrandsController {
  constructor(private readonly brands: BrandService) {}

  @GetResult('', BrandPageSchema)
  async list(@Caller() { ws, actor }: Caller, @Query() q: PageQueryDto): Promise<Page<BrandDto>> {
    return page(await this.brands.list(ws, actor, pageRequest(q)), toBrand);
  }

  @PostResult('', 201, BrandSchema)
  async create(@Caller() { ws, actor }: Caller, @Body() body: CreateBrandDto): Promise<BrandDto> {
    return toBrand(await this.brands.create(ws, actor, body));
  }

  @GetResult(':id', BrandSchema)
  async get(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<BrandDto> {
    return toBrand(await this.brands.get(ws, actor, id));
  }

  @PatchResult(':id', BrandSchema)
  async update(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() body: UpdateBrandDto,
  ): Promise<BrandDto> {
    return toBrand(await this.brands.update(ws, actor, id, { name: body.name, color: body.color }, body.version));
  }

  @Delete(':id')
  @ApiNoContent()
  async remove(@Caller() { ws, actor }: Caller, @Param('id') id: string): Promise<void> {
    await this.brands.remove(ws, actor, id);
  }
}

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationService,
    private readonly registrations: RegistrationService,
    private readonly csrf: CsrfHolder,
  ) {}

  @Public()
  @GetResult(':token', InvitationPreviewSchema)
  async preview(@Param('token') token: string): Promise<InvitationPreviewDto> {
    const p = await this.invitations.preview(token);
    return {
      workspaceName: p.workspaceName,
      email: p.invitation.email,
      role: p.invitation.role,
      expiresAt: iso(p.invitation.expiresAt),
    };
  }

  /**
   * Signed in: joins as that user (200). Without a session, the body's name and password create the invited
   * account: 200 signed in (REGISTRATION_VERIFY_EMAIL off), or 202 `check_email`, the same answer whether or not
   * the address already has an account (its owner is told by e-mail to sign in and accept).
   */
  @Public()
  @LoginThrottled()
  @Post(':token/accept')
  @ApiResultOr(200, AcceptInvitationResponseSchema, {
    status: 202,
    schema: CheckEmailResponseSchema,
    description: 'An e-mail was sent to the invited address; the same answer whether or not it already has an account',
  })
  async accept(
    @OptionalActor() actor: Actor | null,
    @Param('token') token: string,
    @Body() body: AcceptInvitationDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AcceptInvitationResponse | CheckEmailResponse> {
    if (actor) {
      const { workspaceId, user } = await this.invitations.accept(token, actor);
      return { workspaceId, user: toUser(user) };
    }
    const outcome = await this.registrations.acceptInvitation(token, body);
    if (outcome.status === 'check_email') {
      res.status(202);
      return { status: 'check_email' };
    }
    await signIn(req, outcome.user);
    this.csrf.issue(req, res);
    return { workspaceId: outcome.workspaceId, user: toUser(outcome.user) };
  }
}
