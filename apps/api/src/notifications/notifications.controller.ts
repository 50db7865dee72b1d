import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiRead } from '../http/openapi/api-operation';
import { NOTICE_STREAM } from './notice.responses';
import { NotificationHub } from './notification-hub';
import { NoticeScope } from './notice-scope';

/** A comment line this often keeps proxies and the server's idle timeout from closing a quiet stream. */
const HEARTBEAT_MS = 15_000;

@ApiTags('notifications')
@Controller('v1/notifications')
export class NotificationsController {
  constructor(
    private readonly hub: NotificationHub,
    private readonly scope: NoticeScope,
  ) {}

  @Get('stream')
  @Allow('notification.stream')
  @ApiRead({
    summary: 'Server-Sent Events: a notice for each change the caller may see',
    description: 'Each event is named `notice`; its data is a `Notice`. Read what changed through the normal routes with `minPosition=position`.',
    ok: NOTICE_STREAM,
    json: false,
    alternatives: { 'text/event-stream': NOTICE_STREAM },
  })
  stream(@CurrentUser() user: AuthenticatedUser, @Res() reply: FastifyReply): void {
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
