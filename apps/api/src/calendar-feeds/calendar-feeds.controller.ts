import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { IsOptional } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '@telemed/auth';
import { InvalidValue, NotFound } from '@telemed/domain/core';
import type { ReadModelStore } from '@telemed/projections';
import { CurrentUser, Public } from '../http/auth';
import { IsId } from '@telemed/application/requests/dto';
import { Allow } from '../http/policy/allow';
import { isAllowed, requireAllowed } from '@telemed/application/access/scope';
import { READ_MODELS } from '@telemed/application/infrastructure/tokens';
import { CalendarFeed } from '@telemed/application/calendar-feeds/calendar-feed';
import { CalendarFeedSubscriptions, type FeedSubject } from '@telemed/application/calendar-feeds/calendar-feed-subscriptions';

export class CreateCalendarFeedDto {
  @ApiPropertyOptional({ description: 'the expert whose bookings the feed shows (give this or departmentId)' })
  @IsOptional()
  @IsId()
  expertId?: string;

  @ApiPropertyOptional({ description: 'the department whose experts’ bookings the feed shows (give this or expertId)' })
  @IsOptional()
  @IsId()
  departmentId?: string;
}

export class CalendarFeedView {
  @ApiProperty({ description: 'the subscription, for `DELETE /v1/calendar-feeds/:id`' }) id: string;
  @ApiProperty({ description: 'the address to subscribe to (`GET /calendar/:token.ics`); shown only now: its token is not kept' }) url: string;
}

type Row = Record<string, any>;

/** Subscriptions to calendar feeds: each opens an iCalendar feed by an address that needs no sign-in. */
@ApiTags('integration')
@ApiBearerAuth()
@Controller('v1/calendar-feeds')
export class CalendarFeedsController {
  constructor(
    private readonly subscriptions: CalendarFeedSubscriptions,
    @Inject(READ_MODELS) private readonly db: ReadModelStore,
  ) {}

  @Post()
  @Allow('calendar-feed.subscribe')
  @ApiCommand({
    summary:
      'A subscription to the calendar feed of an expert (the expert, or a coordinator) or of a department (its hospital’s staff, or a coordinator); ' +
      'the answer’s url carries a token of its own, shown once, that opens the feed until the subscription is revoked',
    answer: CalendarFeedView,
    notFound: true,
  })
  async create(@Body() body: CreateCalendarFeedDto, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest): Promise<CalendarFeedView> {
    const { subject, subjectId } = subjectOf(body);
    if (subject === 'expert') {
      const expert = await this.db.get<Row>('SELECT id FROM experts WHERE id = ?', [subjectId]);
      if (!expert) throw new NotFound('expert', subjectId);
      requireAllowed('calendar-feed.subscribe', user, { ownerId: subjectId }, 'an expert subscribes only to their own calendar');
    } else {
      const department = await this.db.get<Row>('SELECT hospital_id FROM departments WHERE id = ?', [subjectId]);
      if (!department) throw new NotFound('department', subjectId);
      const ownDepartment = user.role === 'expert' && (await this.db.get<Row>('SELECT id FROM experts WHERE id = ? AND department_id = ?', [user.userId, subjectId]));
      requireAllowed(
        'calendar-feed.subscribe',
        user,
        { hospitalIds: [department.hospital_id], ...(ownDepartment && { ownerId: user.userId }) },
        'a department’s calendar is for its own hospital’s staff',
      );
    }
    const { id, token } = await this.subscriptions.create(user, subject, subjectId);
    return { id, url: `${request.protocol}://${request.host}/calendar/${token}.ics` };
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('calendar-feed.revoke')
  @ApiCommand({
    summary: 'Revokes a subscription: its address answers 404 from now on (the user who subscribed, or a coordinator)',
    status: 204,
    notFound: true,
    records: false,
  })
  async revoke(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    const feed = await this.subscriptions.find(id);
    // Another user's subscription is answered as if it did not exist.
    if (!feed || !isAllowed('calendar-feed.revoke', user, { ownerId: feed.createdBy })) throw new NotFound('calendar feed', id);
    await this.subscriptions.revoke(id, user);
  }
}

/** The feeds themselves, opened by the token in their address: calendar applications send no header. */
@ApiTags('integration')
@Controller('calendar')
export class CalendarFeedController {
  constructor(
    private readonly subscriptions: CalendarFeedSubscriptions,
    private readonly feed: CalendarFeed,
  ) {}

  @Get(':token.ics')
  @Public()
  @ApiRead({
    summary: 'The iCalendar (RFC 5545) feed a subscription opens: bookings in both hospitals’ local time, no patient details',
    ok: { type: 'string', description: 'an iCalendar document' },
    json: false,
    alternatives: { 'text/calendar': { type: 'string', description: 'an iCalendar document' } },
    public: true,
    problems: { 404: 'The token was never issued, or its subscription has been revoked.' },
  })
  async serve(@Param('token') token: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const subscription = await this.subscriptions.open(token);
    const text = subscription && (await this.feed.render(subscription.subject, subscription.subjectId));
    // The token is never echoed: an unknown, a revoked and a malformed one all read the same.
    if (text === undefined || !subscription) throw new NotFound('calendar feed');
    void reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'inline; filename="calendar.ics"')
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer');
    return text;
  }
}

function subjectOf(body: CreateCalendarFeedDto): { subject: FeedSubject; subjectId: string } {
  if (body.expertId !== undefined && body.departmentId !== undefined) throw new InvalidValue('departmentId', 'give either expertId or departmentId, not both');
  if (body.expertId !== undefined) return { subject: 'expert', subjectId: body.expertId };
  if (body.departmentId !== undefined) return { subject: 'department', subjectId: body.departmentId };
  throw new InvalidValue('expertId', 'give either expertId or departmentId');
}
