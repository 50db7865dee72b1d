import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { POSTING, POSTINGS_SUMMARY, POSTING_PAGE } from './posting.responses';
import { RequestMetadata } from '../http/request-metadata';
import { DispatchPosting, DispatchPostingDto } from '@telemed/application/postings/dispatch-posting';
import { CutPostingShortDto, ExtendPostingDto, PostingDateDto, RecordPostingChange, type PostingChange } from '@telemed/application/postings/record-posting-change';
import { GetPosting, ListPostings, ListPostingsDto, PostingsSummaryDto, SummarisePostings } from '@telemed/application/postings/postings.queries';

@ApiTags('postings')
@Controller('v1/postings')
export class PostingsController {
  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow('posting.dispatch')
  @ApiCommand({
    summary: 'Post a specialist or a management cadre to the receiving hospital for a planned term (援派)',
    conflicts: ['partnership-inactive', 'already-dispatched'],
  })
  dispatch(@Body() body: DispatchPostingDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.commands.execute(new DispatchPosting(body, user, metadata));
  }

  @Post(':id/arrived')
  @Allow('posting.record')
  @ApiCommand({ summary: 'The posted person arrived on site (`at`, a date)', notFound: true, conflicts: ['illegal-transition'] })
  arrived(@Param('id') id: string, @Body() body: PostingDateDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.change(id, { kind: 'arrived', body }, user, metadata);
  }

  @Post(':id/extended')
  @Allow('posting.record')
  @ApiCommand({ summary: 'The term is extended to `newEnd`, after the current end (400 `not-an-extension` otherwise)', notFound: true, conflicts: ['illegal-transition'] })
  extended(@Param('id') id: string, @Body() body: ExtendPostingDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.change(id, { kind: 'extended', body }, user, metadata);
  }

  @Post(':id/cut-short')
  @Allow('posting.record')
  @ApiCommand({
    summary: 'The term ends early, on `at`, for a `reason`; only on site, between the arrival and the planned end',
    notFound: true,
    conflicts: ['illegal-transition'],
  })
  cutShort(@Param('id') id: string, @Body() body: CutPostingShortDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.change(id, { kind: 'cut-short', body }, user, metadata);
  }

  @Post(':id/returned')
  @Allow('posting.record')
  @ApiCommand({ summary: 'The posted person returned (`at`, a date, not before the arrival)', notFound: true, conflicts: ['illegal-transition'] })
  returned(@Param('id') id: string, @Body() body: PostingDateDto, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.change(id, { kind: 'returned', body }, user, metadata);
  }

  @Get('summary')
  @Allow('posting.read')
  @ApiRead({ summary: 'Postings, those on site and person-months of service, in total and per department pairing', ok: POSTINGS_SUMMARY })
  summary(@Query() filter: PostingsSummaryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new SummarisePostings(filter, user));
  }

  @Get(':id')
  @Allow('posting.read')
  @ApiRead({ summary: 'A posting, with its days on site so far', ok: POSTING, notFound: true })
  get(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new GetPosting(id, user));
  }

  @Get()
  @Allow('posting.read')
  @ApiRead({ summary: 'Postings by planned start, latest first; `onSiteAt` lists who is on site that day', ok: POSTING_PAGE })
  list(@Query() filter: ListPostingsDto, @CurrentUser() user: AuthenticatedUser) {
    return this.queries.execute(new ListPostings(filter, user));
  }

  private change(id: string, change: PostingChange, user: AuthenticatedUser, metadata: EventMetadata) {
    return this.commands.execute(new RecordPostingChange(id, change, user, metadata));
  }
}
