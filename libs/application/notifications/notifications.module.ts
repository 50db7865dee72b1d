import { Module } from '@nestjs/common';
import { NotificationHub } from './notification-hub';
import { NoticeScope } from './notice-scope';
import { StreamTickets } from './stream-tickets';

const PROVIDERS = [NotificationHub, NoticeScope, StreamTickets];

/** Live notices to the people a change concerns, and the tickets that open their streams. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class NotificationsModule {}
