import { Controller, Get, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiExtraModels, ApiOkResponse, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { MaterialCaseKind } from '@telemed/domain/case-material';
import type { AuthenticatedUser } from '@telemed/auth';
import type { EventMetadata } from '@telemed/event-store/event-envelope';
import { type AuthenticatedRequest, CurrentUser } from '../http/auth';
import { Allow } from '../http/policy/allow';
import { RequestMetadata } from '../http/request-metadata';
import { createValidationPipe } from '../http/validation.pipe';
import { APP_CONFIG } from '../infrastructure/tokens';
import type { AppConfig } from '@telemed/runtime';
import { AttachMaterial, ReferenceDicomStudyDto, type MaterialToAttach } from './attach-material';
import { DownloadMaterial, ListMaterials, type MaterialDownload } from './material.queries';
import { readMaterialUpload } from './material-upload';

const UPLOAD_BODY = {
  schema: {
    oneOf: [
      {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary', description: 'the file: a lab report, ECG, image or document of an accepted media type, within the size limit' },
          description: { type: 'string', maxLength: 2000 },
        },
      },
      { $ref: getSchemaPath(ReferenceDicomStudyDto) },
    ],
  },
};

const ATTACH_DOC =
  'Attaches a file (multipart/form-data: `file`, optional `description`) or references an imaging study (JSON: `dicom: {studyInstanceUid, archive}`). ' +
  'Files are kept encrypted under the patient\'s data key; the answer gives their SHA-256. A file over the size limit is 413 and one of a type not accepted 415: nothing is stored.';

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
@ApiBearerAuth()
@ApiExtraModels(ReferenceDicomStudyDto)
@Controller('v1')
export class MaterialsController {
  private readonly validation = createValidationPipe();

  constructor(
    private readonly commands: CommandBus,
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
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ ...UPLOAD_BODY, description: ATTACH_DOC })
  attachToConsultation(@Param('id') id: string, @Req() request: AuthenticatedRequest, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.attach('consultation', id, request, user, metadata);
  }

  @Get('consultations/:id/materials')
  @Allow('consultation.read-materials')
  listOfConsultation(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.queries.execute(new ListMaterials('consultation', id, user, metadata));
  }

  @Get('consultations/:id/materials/:materialId')
  @Allow('consultation.read-materials')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'the file, as uploaded, after its SHA-256 was verified', schema: { type: 'string', format: 'binary' } })
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
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({ ...UPLOAD_BODY, description: ATTACH_DOC })
  attachToCaseReview(@Param('id') id: string, @Req() request: AuthenticatedRequest, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.attach('case-review', id, request, user, metadata);
  }

  @Get('case-reviews/:id/materials')
  @Allow('case-review.read-materials')
  listOfCaseReview(@Param('id') id: string, @CurrentUser() user: AuthenticatedUser, @RequestMetadata() metadata: EventMetadata) {
    return this.queries.execute(new ListMaterials('case-review', id, user, metadata));
  }

  @Get('case-reviews/:id/materials/:materialId')
  @Allow('case-review.read-materials')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'the file, as uploaded, after its SHA-256 was verified', schema: { type: 'string', format: 'binary' } })
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
