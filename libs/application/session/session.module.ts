import { Module } from '@nestjs/common';
import { GetCallerHandler } from './me.query';

const PROVIDERS = [GetCallerHandler];

/** Who the caller is. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class SessionModule {}
