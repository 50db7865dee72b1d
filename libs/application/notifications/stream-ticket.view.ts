import { ApiProperty } from '@nestjs/swagger';

export class StreamTicketView {
  @ApiProperty({ description: 'opens the notification stream once: `GET /v1/notifications/stream?ticket=...`' }) ticket: string;
  @ApiProperty({ description: 'when it stops opening anything (ISO-8601), 30 s after it was issued' }) expiresAt: string;
}
