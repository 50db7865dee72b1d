import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { Allow } from '../http/policy/allow';
import { ApiRead } from '../http/openapi/api-operation';
import { FHIR_EXPORT, NDJSON_EXPORT } from './audit.responses';
import { CASE_KIND_PARAM } from '@telemed/application/audit/audit-params';
import { RequestMetadata } from '../http/request-metadata';
import { ExportCase, ExportCaseDto, type ExportedFile, FHIR_CONTENT_TYPE, NDJSON_CONTENT_TYPE } from '@telemed/application/audit/export-case';

/** Taking a case's history away, to check or archive it outside the backbone. Auditors only. */
@ApiTags('audit')
@Controller('v1/audit/exports')
export class CaseExportController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':kind/:id')
  @Allow('audit.export-case')
  @ApiParam(CASE_KIND_PARAM)
  @ApiRead({
    summary: 'A case’s history as NDJSON envelopes or a FHIR Bundle, to check or archive outside the backbone',
    ok: NDJSON_EXPORT,
    json: false,
    alternatives: { [NDJSON_CONTENT_TYPE]: NDJSON_EXPORT, [FHIR_CONTENT_TYPE]: FHIR_EXPORT },
    notFound: true,
  })
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
