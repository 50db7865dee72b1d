import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { RequestMetadata } from '../http/request-metadata';
import { DispatchPosting, DispatchPostingDto } from './dispatch-posting';
import { CutPostingShortDto, ExtendPostingDto, PostingDateDto, RecordPostingChange, type PostingChange } from './record-posting-change';
import { GetPosting, ListPostings, ListPostingsDto, PostingsSummaryDto, SummarisePostings } from './postings.queries';

@ApiTags('postings')
@ApiBearerAuth()
@Controller('v1/postings')
export class PostingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('posting.dispatch')
  @ApiOperation({
    summary: 'post a specialist or a management cadre to the receiving hospital for a planned term (援派)',
    description: 'A specialist names a registered expert of the giving hospital and a department of the receiving hospital; a cadre names a `person` (or an expert) and a `role`. `plannedEnd` must be after `plannedStart` (400 `ends-before-it-starts`).',
  })
  dispatch(@Body() body: DispatchPostingDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new DispatchPosting(body, user, metadata));
  }

  @Post(':id/arrived')
  @Allow('posting.record')
  @ApiOperation({ summary: 'the posted person arrived on site (`at`, a date); 409 unless dispatched' })
  arrived(@Param('id') id: string, @Body() body: PostingDateDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.change(id, { kind: 'arrived', body }, user, metadata);
  }

  @Post(':id/extended')
  @Allow('posting.record')
  @ApiOperation({ summary: 'the term is extended to `newEnd`, after the current end (400 `not-an-extension` otherwise)' })
  extended(@Param('id') id: string, @Body() body: ExtendPostingDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.change(id, { kind: 'extended', body }, user, metadata);
  }

  @Post(':id/cut-short')
  @Allow('posting.record')
  @ApiOperation({ summary: 'the term ends early, on `at`, for a `reason`; only on site, between the arrival and the planned end' })
  cutShort(@Param('id') id: string, @Body() body: CutPostingShortDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.change(id, { kind: 'cut-short', body }, user, metadata);
  }

  @Post(':id/returned')
  @Allow('posting.record')
  @ApiOperation({ summary: 'the posted person returned (`at`, a date, not before the arrival); 409 before arrival' })
  returned(@Param('id') id: string, @Body() body: PostingDateDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.change(id, { kind: 'returned', body }, user, metadata);
  }

  @Get('summary')
  @Allow('posting.read')
  @ApiOperation({
    summary: 'postings, those on site and person-months of service, in total and per department pairing',
    description: 'Counts postings whose term started by `asOf` (default today, Beijing time); days on site count the arrival and return days.',
  })
  summary(@Query() filter: PostingsSummaryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new SummarisePostings(filter, user));
  }

  @Get(':id')
  @Allow('posting.read')
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetPosting(id, user));
  }

  @Get()
  @Allow('posting.read')
  @ApiOperation({ summary: 'postings by planned start, latest first; `onSiteAt` lists who is on site that day' })
  list(@Query() filter: ListPostingsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListPostings(filter, user));
  }

  private change(id: string, change: PostingChange, user: AuthenticatedUser, metadata: EventMetadata) {
    return this.commands.execute(new RecordPostingChange(id, change, user, metadata));
  }
}
