import { Controller, Get, Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { AppConfig } from '@telemed/runtime';
import { CurrentUser, Public } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiRead } from '../http/openapi/api-operation';
import { APP_CONFIG } from '@telemed/application/infrastructure/tokens';
import { GetCaller } from '@telemed/application/session/me.query';
import { MeView, SessionConfigView } from '@telemed/application/session/session.views';
import { sessionConfigOf } from '@telemed/application/session/session-mode';

@ApiTags('session')
@Controller('v1')
export class SessionController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queries: QueryBus,
  ) {}

  @Get('session/config')
  @Public()
  @ApiRead({ summary: 'How the console signs in: an OpenID provider, development sign-in, or a pasted token', ok: SessionConfigView, public: true })
  sessionConfig(): SessionConfigView {
    return sessionConfigOf(this.config);
  }

  @Get('me')
  @Allow('session.read-self')
  @ApiRead({ summary: 'The caller: role, hospital and expert record, with display names', ok: MeView })
  me(@CurrentUser() user: AuthenticatedUser): Promise<MeView> {
    return this.queries.execute(new GetCaller(user));
  }
}
