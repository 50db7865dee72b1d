import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { AGREEMENT, AGREEMENT_LIST } from './agreement.responses';
import { RequestMetadata } from '../http/request-metadata';
import { AgreementTermsDto } from '@telemed/application/agreements/agreement-terms.dto';
import { RegisterAgreement } from '@telemed/application/agreements/register-agreement';
import { AmendAgreement, AmendAgreementDto } from '@telemed/application/agreements/amend-agreement';
import { TerminateAgreement, TerminateAgreementDto } from '@telemed/application/agreements/terminate-agreement';
import { GetAgreement, ListAgreements } from '@telemed/application/agreements/agreement.queries';

@ApiTags('agreements')
@Controller('v1')
export class AgreementsController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post('partnerships/:id/agreements')
  @Allow('agreement.register')
  @ApiCommand({
    summary: 'Register a signed cooperation agreement (远程医疗合作协议) of the partnership',
    description:
      'Consultations and case reviews are requested only under an agreement in force that covers them (409 `no-agreement-in-force` otherwise). ' +
      'Signatories: exactly one per hospital of the partnership (400 `unknown-signatory`, `signatories-incomplete`).',
    notFound: true,
    conflicts: ['partnership-not-established'],
  })
  register(@Param('id') partnershipId: string, @Body() body: AgreementTermsDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new RegisterAgreement(partnershipId, body, metadata));
  }

  @Post('agreements/:id/amend')
  @Allow('agreement.amend')
  @ApiCommand({ summary: 'Amend any term of an agreement in effect', notFound: true, conflicts: ['agreement-terminated'] })
  amend(@Param('id') agreementId: string, @Body() body: AmendAgreementDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new AmendAgreement(agreementId, body, metadata));
  }

  @Post('agreements/:id/terminate')
  @Allow('agreement.terminate')
  @ApiCommand({ summary: 'End an agreement from an instant on (not before its validFrom)', notFound: true, conflicts: ['agreement-terminated'] })
  terminate(@Param('id') agreementId: string, @Body() body: TerminateAgreementDto, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new TerminateAgreement(agreementId, body, metadata));
  }

  @Get('agreements/:id')
  @Allow('agreement.read')
  @ApiRead({ summary: 'An agreement, with whether it is in force now', ok: AGREEMENT, notFound: true })
  get(@Param('id') agreementId: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetAgreement(agreementId, user));
  }

  @Get('partnerships/:id/agreements')
  @Allow('agreement.read')
  @ApiRead({ summary: 'The partnership’s agreements, oldest validity first', ok: AGREEMENT_LIST, notFound: true })
  list(@Param('id') partnershipId: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListAgreements(partnershipId, user));
  }
}
