import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Commands } from '@telemed/application/commands/commands';
import { ApiExtraModels, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { MaterialCaseKind } from '@telemed/domain/case-material';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { type AuthenticatedRequest, CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { RequestMetadata } from '../http/request-metadata';
import { createValidationPipe } from '../http/validation.pipe';
import { APP_CONFIG } from '@telemed/application/infrastructure/tokens';
import type { AppConfig } from '@telemed/runtime';
import { AttachMaterial, ReferenceDicomStudyDto, type MaterialToAttach } from '@telemed/application/case-materials/attach-material';
import { DownloadMaterial, ListMaterials, type MaterialDownload } from '@telemed/application/case-materials/material.queries';
import { readMaterialUpload } from '@telemed/application/case-materials/material-upload';
import { ApiCommand, ApiRead } from '../http/openapi/api-operation';
import { MATERIAL_ATTACHED, MATERIAL_BODY, MATERIAL_FILE, MATERIAL_LIST, MATERIAL_PROBLEMS } from './material.responses';

const ATTACH = {
  answer: MATERIAL_ATTACHED,
  notFound: true,
  conflicts: ['illegal-transition', 'case-without-patient-key'],
  body: MATERIAL_BODY,
  problems: MATERIAL_PROBLEMS.attach,
};
const DOWNLOAD = { ok: MATERIAL_FILE, json: false, alternatives: { '*/*': MATERIAL_FILE }, notFound: true, problems: MATERIAL_PROBLEMS.download };

/** `filename*` per RFC 6266/8187, so any file name reaches the browser intact, with a plain fallback. */
function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

function sendFile(reply: FastifyReply, download: MaterialDownload): Buffer {
  void reply.headers({
    'content-type': download.mediaType,
    'content-length': String(download.content.length),
    'content-disposition': contentDisposition(download.fileName),
    // RFC 9530: the digest of the representation sent, the SHA-256 recorded in the log.
    'repr-digest': `sha-256=:${Buffer.from(download.sha256, 'hex').toString('base64')}:`,
    'cache-control': 'no-store',
  });
  return download.content;
}

/** Case materials of consultations and case reviews: upload, list and download. */
@ApiTags('case materials')
@ApiExtraModels(ReferenceDicomStudyDto)
@Controller('v1')
export class MaterialsController {
  private readonly validation = createValidationPipe();

  constructor(
    private readonly commands: Commands,
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async materialOf(request: AuthenticatedRequest): Promise<MaterialToAttach> {
    if (request.isMultipart()) {
      const { file, description } = await readMaterialUpload(request, this.config.materials);
      return { kind: 'file', file, description };
    }
    const body: ReferenceDicomStudyDto = await this.validation.transform(request.body, { type: 'body', metatype: ReferenceDicomStudyDto });
    return { kind: 'dicom-study', studyInstanceUid: body.dicom.studyInstanceUid, archive: body.dicom.archive, description: body.description };
  }

  private async attach(kind: MaterialCaseKind, id: string, request: AuthenticatedRequest, user: AuthenticatedUser, metadata: EventMetadata) {
    return this.commands.execute(new AttachMaterial(kind, id, await this.materialOf(request), user, metadata));
  }

  @Post('consultations/:id/materials')
  @Allow('consultation.attach-material')
  @ApiCommand({ summary: 'Attach a file or an imaging study reference to a consultation', ...ATTACH })
  attachToConsultation(@Param('id') id: string, @Req() request: AuthenticatedRequest, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.attach('consultation', id, request, user, metadata);
  }

  @Get('consultations/:id/materials')
  @Allow('consultation.read-materials')
  @ApiRead({ summary: 'The materials of a consultation, oldest first', ok: MATERIAL_LIST, notFound: true })
  listOfConsultation(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.queries.execute(new ListMaterials('consultation', id, user, metadata));
  }

  @Get('consultations/:id/materials/:materialId')
  @Allow('consultation.read-materials')
  @ApiRead({ summary: 'Download a file of a consultation, in the media type it was uploaded with', ...DOWNLOAD })
  async downloadOfConsultation(
    @Param('id') id: string,
    @Param('materialId') materialId: string,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendFile(reply, await this.queries.execute(new DownloadMaterial('consultation', id, materialId, user, metadata)));
  }

  @Post('case-reviews/:id/materials')
  @Allow('case-review.attach-material')
  @ApiCommand({ summary: 'Attach a file or an imaging study reference to a case review', ...ATTACH })
  attachToCaseReview(@Param('id') id: string, @Req() request: AuthenticatedRequest, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.attach('case-review', id, request, user, metadata);
  }

  @Get('case-reviews/:id/materials')
  @Allow('case-review.read-materials')
  @ApiRead({ summary: 'The materials of a case review, oldest first', ok: MATERIAL_LIST, notFound: true })
  listOfCaseReview(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.queries.execute(new ListMaterials('case-review', id, user, metadata));
  }

  @Get('case-reviews/:id/materials/:materialId')
  @Allow('case-review.read-materials')
  @ApiRead({ summary: 'Download a file of a case review, in the media type it was uploaded with', ...DOWNLOAD })
  async downloadOfCaseReview(
    @Param('id') id: string,
    @Param('materialId') materialId: string,
    @CurrentUser() user: AuthenticatedUser,
    @RequestMetadata() metadata: EventMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return sendFile(reply, await this.queries.execute(new DownloadMaterial('case-review', id, materialId, user, metadata)));
  }
}
