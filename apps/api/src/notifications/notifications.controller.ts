import { Controller, Get, Post, Query, Res } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { AuthenticatedUser } from '@telemed/auth';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { NOTICE_STREAM } from './notice.responses';
import { NotificationHub } from '@telemed/application/notifications/notification-hub';
import { NoticeScope } from '@telemed/application/notifications/notice-scope';
import { StreamTickets } from '@telemed/application/notifications/stream-tickets';
import { StreamTicketView } from '@telemed/application/notifications/stream-ticket.view';

export class NoticeStreamQueryDto {
  @ApiPropertyOptional({ description: 'a ticket from POST /v1/notifications/tickets, in place of the Authorization header (used once, within 30 s)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: '$property must be a ticket as issued' })
  ticket?: string;
}

/** A comment line this often keeps proxies and the server's idle timeout from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

@ApiTags('notifications')
@Controller('v1/notifications')
export class NotificationsController {
  constructor(
    private readonly hub: NotificationHub,
    private readonly scope: NoticeScope,
    private readonly tickets: StreamTickets,
  ) {}

  @Post('tickets')
  @Allow('notification.ticket')
  @ApiCommand({
    summary: 'A ticket that opens the notification stream once, for the caller, within 30 s',
    description: 'For an EventSource, which sends no header: `GET /v1/notifications/stream?ticket=...`. Nothing is recorded in the log.',
    answer: StreamTicketView,
    records: false,
  })
  ticket(@CurrentUser() user: AuthenticatedUser): Promise<StreamTicketView> {
    return this.tickets.issue(user, 'notification.stream');
  }

  @Get('stream')
  @Allow('notification.stream')
  @ApiRead({
    summary: 'Server-Sent Events: a notice for each change the caller may see',
    description: 'Each event is named `notice`; its data is a `Notice`. Read what changed through the normal routes with `minPosition=position`.',
    ok: NOTICE_STREAM,
    json: false,
    alternatives: { 'text/event-stream': NOTICE_STREAM },
  })
  // The ticket, when there is one, was used up by the stream-ticket hook before the guards ran.
  stream(@CurrentUser() user: AuthenticatedUser, @Query() _query: NoticeStreamQueryDto, @Res() reply: FastifyReply): void {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write(': notices of what you may see\n\n');
    // Notices leave in log order even though deciding each may wait for the read models.
    let sending = Promise.resolve();
    const stopListening = this.hub.listen((event) => {
      sending = sending.then(async () => {
        const notice = await this.scope.noticeFor(user, event).catch(() => undefined);
        if (notice && !raw.writableEnded) raw.write(`event: notice\nid: ${notice.position}\ndata: ${JSON.stringify(notice)}\n\n`);
      });
    }, () => raw.end());
    const heartbeat = setInterval(() => raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    raw.on('close', () => {
      clearInterval(heartbeat);
      stopListening();
    });
  }
}
