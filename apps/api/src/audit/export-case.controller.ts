import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { Allow } from '../http/policy/allow';
import { CASE_KIND_PARAM } from './audit-params';
import { RequestMetadata } from '../http/request-metadata';
import { ExportCase, ExportCaseDto, type ExportedFile, FHIR_CONTENT_TYPE, NDJSON_CONTENT_TYPE } from './export-case';

/** Taking a case's history away, to check or archive it outside the backbone. Auditors only. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('v1/audit/exports')
export class CaseExportController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':kind/:id')
  @Allow('audit.export-case')
  @ApiParam(CASE_KIND_PARAM)
  @ApiProduces(NDJSON_CONTENT_TYPE, FHIR_CONTENT_TYPE)
  async export(
    @Param('kind') kind: string,
    @Param('id') id: string,
    @Query() query: ExportCaseDto,
    @RequestMetadata() metadata: EventMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const file: ExportedFile = await this.queries.execute(new ExportCase(kind, id, query.format ?? 'ndjson', metadata));
    void reply.header('content-type', `${file.contentType}; charset=utf-8`).header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.body;
  }
}
