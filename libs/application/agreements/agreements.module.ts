import { Module } from '@nestjs/common';
import { AgreementPartnership } from './agreement-partnership';
import { RegisterAgreementHandler } from './register-agreement';
import { AmendAgreementHandler } from './amend-agreement';
import { TerminateAgreementHandler } from './terminate-agreement';
import { GetAgreementHandler, ListAgreementsHandler } from './agreement.queries';

const PROVIDERS = [
  AgreementPartnership,
  RegisterAgreementHandler,
  AmendAgreementHandler,
  TerminateAgreementHandler,
  GetAgreementHandler,
  ListAgreementsHandler,
];

/** Cooperation agreements of partnerships: the services they cover, their terms and response-time targets. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class AgreementsModule {}
