import { Module } from '@nestjs/common';
import { CalendarFeedSubscriptions } from './calendar-feed-subscriptions';
import { CalendarFeed } from './calendar-feed';

const PROVIDERS = [CalendarFeedSubscriptions, CalendarFeed];

/** iCalendar feeds of experts’ and departments’ bookings. */
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class CalendarFeedsModule {}
