import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { Forbidden } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand } from '../http/openapi/api-operation';
import { HISTORY_REPORT, REBUILD_REPORT, SEAL_ANSWER } from './audit.responses';
import { HistoryVerifier } from '@telemed/application/audit/verify-history';
import { ReadModelRebuilder } from '@telemed/application/audit/rebuild-read-models';
import { SealScheduler } from '@telemed/application/audit/seal-scheduler';

export class RebuildDto {
  @ApiPropertyOptional({ description: 'swap the rebuilt read models in (coordinators only); otherwise only compare' })
  @IsOptional()
  @IsBoolean()
  swap?: boolean;
}

/** Checks that change no record: verifying the history and comparing a rebuild with the live read models. */
@ApiTags('audit')
@Controller('v1/audit')
export class VerifyRebuildController {
  constructor(
    private readonly verifier: HistoryVerifier,
    private readonly rebuilder: ReadModelRebuilder,
    private readonly sealer: SealScheduler,
  ) {}

  @Post('verify')
  @HttpCode(200)
  @Allow('audit.verify')
  @ApiCommand({ summary: 'Verify the integrity chain of the whole log and of the access trail', status: 200, answer: HISTORY_REPORT })
  verify() {
    return this.verifier.verify();
  }

  @Post('rebuild')
  @HttpCode(200)
  @Allow('audit.rebuild')
  @ApiCommand({
    summary: 'Rebuild the read models from the log into fresh tables and compare them with the live ones',
    status: 200,
    answer: REBUILD_REPORT,
    conflicts: ['rebuild-in-progress'],
  })
  rebuild(@Body() body: RebuildDto, @CurrentUser() user: AuthenticatedUser) {
    if (body.swap && user.role !== 'coordinator') throw new Forbidden('only a coordinator may swap rebuilt read models in');
    return this.rebuilder.rebuild({ swap: body.swap === true });
  }

  /** Seals everything written so far now, rather than at the next scheduled seal. */
  @Post('seal')
  @HttpCode(200)
  @Allow('audit.seal')
  @ApiCommand({ summary: 'Seal everything written so far now, rather than at the next scheduled seal', status: 200, answer: SEAL_ANSWER })
  async seal() {
    return { sealed: (await this.sealer.sealNow()) !== undefined };
  }
}
