import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { mintToken, requiresHospital, USER_ROLES, type UserRole } from '@telemed/auth';
import { InvalidValue } from '@telemed/domain/core';
import type { ReadModelStore } from '@telemed/projections';
import type { AppConfig } from '@telemed/runtime';
import { Public } from '../http/auth';
import { ApiCommand } from '../http/openapi/api-operation';
import { IsId, IsName } from '@telemed/application/requests/dto';
import { APP_CONFIG, READ_MODELS } from '@telemed/application/infrastructure/tokens';
import { DevTokenView } from '@telemed/application/session/session.views';

const TOKEN_TTL_SECONDS = 8 * 3600;

export class DevTokenDto {
  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES as UserRole[], { message: `$property must be one of ${USER_ROLES.join(', ')}` })
  role: UserRole;

  @ApiProperty({ description: "the user's id; an expert's is their id in the registry", example: 'dr-li' })
  @IsName()
  sub: string;

  @ApiPropertyOptional({ description: "the hospital a clinician works for (an expert's is taken from the registry)" })
  @IsOptional()
  @IsId()
  hospitalId?: string;
}

/**
 * Development sign-in: mints a token with the embedded mode's generated secret for whoever the
 * person at the machine says they are. The module registers this controller only in that mode, so
 * with an identity provider configured the route does not exist at all.
 */
@ApiTags('session')
@Controller('v1/session')
export class DevTokenController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
  ) {}

  @Post('dev-token')
  @HttpCode(200)
  @Public()
  @ApiCommand({ summary: 'Development mode only: a token for the chosen role, user and hospital', status: 200, answer: DevTokenView, records: false, public: true })
  async devToken(@Body() body: DevTokenDto): Promise<DevTokenView> {
    const hospitalId = await this.hospitalOf(body);
    const token = await mintToken(this.config.jwtSecret, { sub: body.sub, role: body.role, ...(hospitalId && { hospitalId }) }, TOKEN_TTL_SECONDS);
    return { token, expiresAt: new Date(Date.now() + TOKEN_TTL_SECONDS * 1000).toISOString() };
  }

  private async hospitalOf({ role, sub, hospitalId }: DevTokenDto): Promise<string | undefined> {
    if (role === 'expert') {
      const expert = await this.db.get<{ hospital_id: string }>('SELECT hospital_id FROM experts WHERE id = ?', [sub]);
      if (!expert) throw new InvalidValue('sub', 'must be the id of a registered expert');
      return expert.hospital_id;
    }
    if (!requiresHospital(role)) return undefined;
    const hospital = hospitalId ? await this.db.get('SELECT id FROM hospitals WHERE id = ?', [hospitalId]) : undefined;
    if (!hospital) {
      throw new InvalidValue('hospitalId', 'must name a registered hospital: a {role} works for one', undefined, { role });
    }
    return hospitalId;
  }
}
