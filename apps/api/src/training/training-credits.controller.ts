import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedUser } from '@telemed/auth';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiRead } from '../http/openapi/api-operation';
import { TRAINING_CREDITS, TRAINING_CREDITS_CSV } from './training.responses';
import { GetTrainingCredits, TrainingCreditsQueryDto, trainingCreditsCsv, type PersonCredits } from '@telemed/application/training/training-credits.query';

@ApiTags('training sessions')
@Controller('v1/hospitals')
export class TrainingCreditsController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/training-credits')
  @Allow('training.read-credits')
  @ApiRead({
    summary: 'Each staff member’s training at a receiving hospital: sessions, minutes, I类 and II类 credits',
    description: 'The hospital’s clinicians, coordinators and auditors; paged by `cursor`; `format=csv` answers the page as a table to print.',
    ok: TRAINING_CREDITS,
    alternatives: { 'text/csv': TRAINING_CREDITS_CSV },
    notFound: true,
  })
  async credits(
    @Param('id') hospitalId: string,
    @Query() query: TrainingCreditsQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const answer: { items: PersonCredits[] } = await this.queries.execute(new GetTrainingCredits(hospitalId, query, user));
    if (query.format !== 'csv') return answer;
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="training-credits_${hospitalId}.csv"`);
    return trainingCreditsCsv(answer.items);
  }
}
