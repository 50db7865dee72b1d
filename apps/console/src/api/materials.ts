import { ApiError, type Problem, sawPosition } from './client';
import { currentToken } from '../session';
import i18n from '../i18n';

/** The two kinds of case that carry materials, as their routes name them. */
export type MaterialCase = 'consultations' | 'case-reviews';

export interface AttachedMaterial {
  id: string;
  position: string;
  sha256?: string;
  size?: number;
  mediaType?: string;
}

function headers(): Record<string, string> {
  const token = currentToken();
  return { ...(token && { Authorization: `Bearer ${token}` }), 'Accept-Language': i18n.language === 'zh' ? 'zh-CN' : 'en' };
}

function problemOf(status: number, statusText: string, body: string): Problem {
  try {
    const parsed = JSON.parse(body) as Problem;
    if (parsed && typeof parsed.detail === 'string') return parsed;
  } catch {
    // not a problem document: described from the status below
  }
  return { type: 'about:blank', title: statusText, status, detail: statusText || `HTTP ${status}`, code: `http-${status}` };
}

/**
 * Sends one file as `multipart/form-data`, telling `onProgress` the share (0–1) sent so far. The
 * one call of the console not made with fetch: fetch reports no upload progress.
 */
export function uploadMaterial(
  kind: MaterialCase,
  caseId: string,
  file: File,
  description: string,
  onProgress: (share: number) => void,
  signal?: AbortSignal,
): Promise<AttachedMaterial> {
  const form = new FormData();
  // The description first: the API reads the parts in order and the file may be large.
  if (description) form.append('description', description);
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/v1/${kind}/${encodeURIComponent(caseId)}/materials`);
    for (const [name, value] of Object.entries(headers())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status === 201) {
        const answer = JSON.parse(request.responseText) as AttachedMaterial;
        sawPosition(answer.position);
        onProgress(1);
        resolve(answer);
      } else {
        reject(new ApiError(problemOf(request.status, request.statusText, request.responseText)));
      }
    };
    request.onerror = () => reject(new ApiError(problemOf(0, i18n.t('materials.networkFailure'), '')));
    request.onabort = () => reject(new DOMException('the upload was stopped', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort());
    request.send(form);
  });
}

/** A material's bytes as the API serves them after checking their hash (the token travels in the header, never in a link). */
export async function downloadMaterial(kind: MaterialCase, caseId: string, materialId: string): Promise<Blob> {
  const response = await fetch(`/v1/${kind}/${encodeURIComponent(caseId)}/materials/${encodeURIComponent(materialId)}`, { headers: headers() });
  if (!response.ok) throw new ApiError(problemOf(response.status, response.statusText, await response.text()));
  return response.blob();
}

/** What a browser can show of a material in the page itself. */
export function previewKind(mediaType: string | undefined): 'image' | 'pdf' | null {
  if (!mediaType) return null;
  if (['image/jpeg', 'image/png', 'image/webp', 'image/gif'].includes(mediaType)) return 'image';
  if (mediaType === 'application/pdf') return 'pdf';
  return null;
}
