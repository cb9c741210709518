import { Body, Param, Query } from '@nestjs/common';
import { HoldService, type HoldRecord } from '@xp/server/application';
import {
  HoldPageSchema,
  HoldSchema,
  ReleasedHoldSchema,
  type HoldDto,
  type Page,
  type ReleasedHoldDto,
} from '@xp/shared';
import { Caller, WorkspaceController } from '../auth/auth.decorators';
import { HoldListQueryDto, PlaceHoldDto, ReleaseHoldDto } from '../dto/hold.dto';
import { GetResult, PostResult } from '../http/api-response';
import { iso, isoOrNull } from './mappers';

export const toHold = (h: HoldRecord): HoldDto => ({
  id: h.id,
  scope: h.scope,
  targetId: h.targetId,
  reason: h.reason,
  placedBy: h.placedBy,
  placedAt: iso(h.placedAt),
  releasedAt: isoOrNull(h.releasedAt),
  releasedBy: h.releasedBy,
  releaseMode: h.releaseMode,
  active: h.releasedAt === null,
  ...(h.heldPosts !== undefined ? { heldPosts: h.heldPosts } : {}),
});

/** Crisis holds: stop publishing at once over a workspace, a brand or an account; release with resume or review. */
@WorkspaceController('holds', 'holds')
export class HoldsController {
  constructor(private readonly holds: HoldService) {}

  @GetResult('', HoldPageSchema)
  async list(@Caller() { ws, actor }: Caller, @Query() q: HoldListQueryDto): Promise<Page<HoldDto>> {
    const items = await this.holds.list(ws, actor, q.active === undefined ? {} : { active: q.active });
    return { items: items.map(toHold), nextCursor: null };
  }

  @PostResult('', 201, HoldSchema)
  async place(@Caller() { ws, actor }: Caller, @Body() body: PlaceHoldDto): Promise<HoldDto> {
    return toHold(await this.holds.place(ws, actor, { ...body, targetId: body.targetId ?? undefined }));
  }

  @PostResult(':id/release', 200, ReleasedHoldSchema)
  async release(
    @Caller() { ws, actor }: Caller,
    @Param('id') id: string,
    @Body() body: ReleaseHoldDto,
  ): Promise<ReleasedHoldDto> {
    const r = await this.holds.release(ws, actor, id, body.mode);
    return { ...toHold(r.hold), sentBackToReview: r.sentBackToReview };
  }
}
