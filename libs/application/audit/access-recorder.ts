import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AccessLog, type AccessAttempt } from '@telemed/audit';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { HttpProblem, problem } from '../requests/problem-details';

/**
 * Writes reads of patient details to the access trail before they are answered. An unrecorded
 * read of patient data is not allowed: when the trail cannot be written the read fails with 503.
 */
@Injectable()
export class AccessRecorder implements OnApplicationShutdown {
  private readonly logger = new Logger('AccessLog');

  constructor(private readonly accessLog: AccessLog) {}

  async recordOrRefuse(metadata: EventMetadata, attempts: AccessAttempt[]): Promise<void> {
    try {
      await this.accessLog.record(metadata, attempts);
    } catch (error) {
      this.logger.error({ err: error, requestId: metadata.requestId }, 'the access trail could not be written; the read is refused');
      throw new HttpProblem(
        problem(503, 'access-log-unavailable', 'reads of patient details are refused while the access trail cannot record them; retry shortly'),
        { 'retry-after': '1' },
      );
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.accessLog.close();
  }
}
