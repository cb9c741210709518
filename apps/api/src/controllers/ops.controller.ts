import { Controller, Get, Header, HttpException } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { HealthSchema, type HealthDto } from '@xp/shared';
import { Public } from '../auth/auth.decorators';
import { GetResult } from '../http/api-response';
import { MetricsService } from '../http/metrics';

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(private readonly ds: DataSource) {}

  /** Liveness and database readiness. */
  @Public()
  @GetResult('health', HealthSchema)
  async health(): Promise<HealthDto> {
    try {
      await this.ds.query('SELECT 1');
    } catch {
      throw new HttpException({ code: 'DATABASE_DOWN', message: 'The database is not reachable' }, 503);
    }
    return { status: 'ok', database: 'up' };
  }
}

/** Prometheus text format, outside the /api prefix. */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Public()
  @Get()
  @ApiExcludeEndpoint()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
