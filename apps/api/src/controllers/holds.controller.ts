import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { HoldService, type Actor, type HoldRecord } from '@xp/server/application';
import { CurrentActor } from '../auth/auth.decorators';
import { HoldResponseDto, PlaceHoldDto, ReleaseHoldDto } from '../dto/hold.dto';

const toHold = (h: HoldRecord): HoldResponseDto => ({
  id: h.id,
  scope: h.scope,
  targetId: h.targetId,
  reason: h.reason,
  placedBy: h.placedBy,
  placedAt: h.placedAt.toISOString(),
  releasedAt: h.releasedAt?.toISOString() ?? null,
  releasedBy: h.releasedBy,
  releaseMode: h.releaseMode,
  active: h.releasedAt === null,
  ...(h.heldPosts !== undefined ? { heldPosts: h.heldPosts } : {}),
});

/** Crisis holds: stop publishing at once over a workspace, a brand or an account; release with resume or review. */
@ApiTags('holds')
@Controller('workspaces/:ws/holds')
export class HoldsController {
  constructor(private readonly holds: HoldService) {}

  @Get()
  @ApiQuery({ name: 'active', required: false, enum: ['true', 'false'] })
  @ApiOkResponse({ type: HoldResponseDto, isArray: true })
  async list(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Query('active') active?: string,
  ): Promise<{ items: HoldResponseDto[]; nextCursor: null }> {
    const items = await this.holds.list(
      ws,
      actor,
      active === 'true' ? { active: true } : active === 'false' ? { active: false } : {},
    );
    return { items: items.map(toHold), nextCursor: null };
  }

  @Post()
  async place(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Body() body: PlaceHoldDto,
  ): Promise<HoldResponseDto> {
    return toHold(await this.holds.place(ws, actor, body));
  }

  @Post(':id/release')
  @HttpCode(200)
  async release(
    @CurrentActor() actor: Actor,
    @Param('ws') ws: string,
    @Param('id') id: string,
    @Body() body: ReleaseHoldDto,
  ): Promise<HoldResponseDto & { sentBackToReview: number }> {
    const r = await this.holds.release(ws, actor, id, body.mode);
    return { ...toHold(r.hold), sentBackToReview: r.sentBackToReview };
  }
}
