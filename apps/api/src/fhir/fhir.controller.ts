import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NotFound } from '@telemed/domain/core';
import type { AuthenticatedUser } from '@telemed/auth';
import { FHIR_CONSULTATION_RESOURCE_TYPES, type FhirConsultationResourceType, type FhirResource } from '@telemed/audit';
import { CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { ApiRead } from '../http/openapi/api-operation';
import { anyObject } from '../http/openapi/response-schema';
import { FHIR_CONTENT_TYPE } from '@telemed/application/audit/export-case';
import { FhirSearchDto, ReadFhir, SearchFhir, type FhirSearchPage } from '@telemed/application/fhir/fhir.queries';

const TYPE_PARAM = { name: 'type', enum: FHIR_CONSULTATION_RESOURCE_TYPES };
const SEARCH_PARAMS = [
  { name: 'patient', type: 'token', documentation: 'the patient by record number, `MRN` or `system|MRN`' },
  { name: 'date', type: 'date', documentation: 'when it was asked, held, begun or signed, with a prefix eq, gt, lt, ge or le' },
  { name: '_id', type: 'token', documentation: 'the id of the resource' },
];

const CAPABILITY_STATEMENT = anyObject('a FHIR R4 `CapabilityStatement`: the kinds of resource, read and searched by `patient`, `date` and `_id`');
const SEARCHSET = anyObject('a FHIR R4 `Bundle` of type `searchset`, with a `next` link while more pages follow');
const RESOURCE = anyObject('a FHIR R4 resource of the kind the path names');

function resourceTypeOf(type: string): FhirConsultationResourceType {
  if (!(FHIR_CONSULTATION_RESOURCE_TYPES as readonly string[]).includes(type)) throw new NotFound('FHIR resource type', type);
  return type as FhirConsultationResourceType;
}

/** Where this FHIR endpoint is, as the caller reached it: the base of every absolute URL a bundle names. */
function baseUrlOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.headers.host ?? 'localhost'}/v1/fhir`;
}

/** The URL of this search again, with another cursor for the next page. */
function pageUrl(request: FastifyRequest, cursor: string | null): string {
  const url = new URL(request.url, `${request.protocol}://${request.headers.host ?? 'localhost'}`);
  url.searchParams.delete('cursor');
  if (cursor) url.searchParams.set('cursor', cursor);
  return url.toString();
}

/**
 * Consultation records as FHIR R4, read-only, for the hospitals' own systems: the request, the task,
 * the appointment, the video encounter, the consent, the signed opinion and its provenance. Scoped as
 * the consultation lists are; coordinators get every patient reference masked and no clinical text.
 */
@ApiTags('fhir')
@Controller('v1/fhir')
export class FhirController {
  constructor(private readonly queries: QueryBus) {}

  @Get('metadata')
  @Allow('fhir.metadata')
  @ApiRead({ summary: 'The CapabilityStatement of this read-only FHIR R4 endpoint', ok: CAPABILITY_STATEMENT, json: false, alternatives: { [FHIR_CONTENT_TYPE]: CAPABILITY_STATEMENT } })
  metadata(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    void reply.header('content-type', `${FHIR_CONTENT_TYPE}; charset=utf-8`);
    return {
      resourceType: 'CapabilityStatement',
      status: 'active',
      date: '2026-12-05',
      publisher: 'telemed-backbone',
      kind: 'instance',
      software: { name: 'telemed-backbone' },
      implementation: { description: 'remote consultations as FHIR R4 resources, read-only', url: baseUrlOf(request) },
      fhirVersion: '4.0.1',
      format: [FHIR_CONTENT_TYPE],
      rest: [
        {
          mode: 'server',
          security: { service: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/restful-security-service', code: 'OAuth', display: 'OAuth' }] }], description: 'a bearer token, as for the rest of the API' },
          resource: FHIR_CONSULTATION_RESOURCE_TYPES.map((type) => ({
            type,
            interaction: [{ code: 'read' }, { code: 'search-type' }],
            searchParam: SEARCH_PARAMS,
          })),
        },
      ],
    };
  }

  @Get(':type')
  @Allow('fhir.read')
  @ApiParam(TYPE_PARAM)
  @ApiRead({
    summary: 'Search one kind of resource: a searchset Bundle, newest request first',
    ok: SEARCHSET,
    json: false,
    alternatives: { [FHIR_CONTENT_TYPE]: SEARCHSET },
    notFound: true,
    problems: { 403: 'The caller may not do this (`role-not-allowed`), or a coordinator searched by patient (`forbidden`).' },
  })
  async search(
    @Param('type') type: string,
    @Query() query: FhirSearchDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const resourceType = resourceTypeOf(type);
    const page: FhirSearchPage = await this.queries.execute(new SearchFhir(resourceType, query, user));
    const base = baseUrlOf(request);
    void reply.header('content-type', `${FHIR_CONTENT_TYPE}; charset=utf-8`);
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      link: [{ relation: 'self', url: pageUrl(request, query.cursor ?? null) }, ...(page.nextCursor ? [{ relation: 'next', url: pageUrl(request, page.nextCursor) }] : [])],
      entry: page.resources.map((resource) => ({ fullUrl: `${base}/${resource.resourceType}/${resource.id}`, resource, search: { mode: 'match' } })),
    };
  }

  @Get(':type/:id')
  @Allow('fhir.read')
  @ApiParam(TYPE_PARAM)
  @ApiRead({ summary: 'One resource by its id', ok: RESOURCE, json: false, alternatives: { [FHIR_CONTENT_TYPE]: RESOURCE }, notFound: true })
  async read(@Param('type') type: string, @Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<FhirResource> {
    const resource: FhirResource = await this.queries.execute(new ReadFhir(resourceTypeOf(type), id, user));
    void reply.header('content-type', `${FHIR_CONTENT_TYPE}; charset=utf-8`);
    return resource;
  }
}
