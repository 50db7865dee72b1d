import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { fieldError } from '@telemed/domain/core';
import { MAX_MATERIAL_DESCRIPTION_LENGTH } from '@telemed/domain/case-material';
import { HttpProblem, problem } from '../requests/problem-details';
import type { UploadedMaterialFile } from './attach-material';
import type { MaterialsConfig } from '@telemed/runtime';

/** The routes that take a multipart upload: a case's materials. */
const MATERIAL_UPLOAD = /^\/v1\/(consultations|case-reviews)\/[^/?#]+\/materials\/?(\?.*)?$/;

/** Whether a request is an upload of case material, the one kind of body the API takes besides JSON. */
export function isMaterialUpload(method: string, url: string, contentType: string): boolean {
  return method === 'POST' && contentType === 'multipart/form-data' && MATERIAL_UPLOAD.test(url);
}

/** Room for the multipart framing and the description around the file itself. */
const FRAMING_ALLOWANCE = 64 * 1024;

/**
 * Registers @fastify/multipart. Uploads are read part by part as they arrive (never parsed into a
 * body), so the JSON body limit does not apply to them; the file size limit does.
 */
export async function installMaterialUploads(app: NestFastifyApplication, config: MaterialsConfig): Promise<void> {
  await app.register(multipart as never, { limits: { fileSize: config.maxBytes, files: 1, fields: 2, parts: 3, fieldSize: 4 * MAX_MATERIAL_DESCRIPTION_LENGTH + 1024 } });
}

function tooLarge(config: MaterialsConfig): HttpProblem {
  const mebibytes = Math.floor((config.maxBytes / (1024 * 1024)) * 10) / 10;
  return new HttpProblem(
    problem(413, 'material-too-large', `a case material file may be at most ${config.maxBytes} bytes (${mebibytes} MiB); nothing was stored`, undefined, {
      maxBytes: config.maxBytes,
      mebibytes,
    }),
  );
}

function notAllowed(mediaType: string, config: MaterialsConfig): HttpProblem {
  return new HttpProblem(
    problem(415, 'material-type-not-allowed', `files of type ${mediaType} are not accepted; accepted types: ${config.mediaTypes.join(', ')}`, undefined, {
      mediaType,
      allowed: config.mediaTypes.join(', '),
    }),
  );
}

function badUpload(field: string, template: string, params: Record<string, number> = {}): HttpProblem {
  const error = fieldError(field, template, params);
  return new HttpProblem(problem(400, 'invalid-upload', `${field}: ${error.message}`, [error], { field, ...params }));
}

/** What a multipart error of the plugin means for the caller. */
function uploadFailure(error: unknown, config: MaterialsConfig): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(config);
  if (code === 'FST_FILES_LIMIT') return badUpload('file', 'exactly one file may be uploaded');
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return badUpload('description', 'only a file and a description may be sent');
  if (error instanceof HttpProblem) return error;
  // Reading the parts touches nothing but the request: whatever else the parser throws (a prototype
  // violation, a premature close, busboy's "Unexpected end of form", a malformed part header) is the body's fault.
  return badUpload('file', 'the upload is not a complete multipart form');
}

/**
 * Reads an upload: one part `file` and, before or after it, an optional field `description`. The
 * declared media type is checked against the allow-list before the file is read, and a file over
 * the limit is refused as soon as the limit is passed: in both cases nothing is stored.
 */
export async function readMaterialUpload(request: FastifyRequest, config: MaterialsConfig): Promise<{ file: UploadedMaterialFile; description?: string }> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > config.maxBytes + FRAMING_ALLOWANCE) throw tooLarge(config);
  let file: UploadedMaterialFile | undefined;
  let description: string | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (part.fieldname !== 'description') throw badUpload(part.fieldname, 'is not a field of an upload: send file and description');
        if (part.valueTruncated || typeof part.value !== 'string') throw badUpload('description', 'must be at most {max} characters', { max: MAX_MATERIAL_DESCRIPTION_LENGTH });
        description = part.value;
        continue;
      }
      if (part.fieldname !== 'file') throw badUpload(part.fieldname, 'is not a field of an upload: send file and description');
      const mediaType = part.mimetype.split(';')[0].trim().toLowerCase();
      if (!config.mediaTypes.includes(mediaType)) {
        part.file.resume();
        throw notAllowed(mediaType, config);
      }
      file = { content: await part.toBuffer(), fileName: part.filename, mediaType };
    }
  } catch (error) {
    throw uploadFailure(error, config);
  }
  if (!file) throw badUpload('file', 'a file must be uploaded');
  if (description !== undefined && description.length > MAX_MATERIAL_DESCRIPTION_LENGTH) {
    throw badUpload('description', 'must be at most {max} characters', { max: MAX_MATERIAL_DESCRIPTION_LENGTH });
  }
  return { file, ...(description !== undefined && { description }) };
}
