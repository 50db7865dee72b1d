import { api, ApiError, type Problem } from './client';

/** Saves text as a file the person downloads, named as given. */
export function saveFile(body: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Released once the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type ExportFormat = 'ndjson' | 'fhir';

/** A case's whole history from the API (the token travels in the header, never in a link), saved as a file. */
export async function downloadCaseExport(kind: string, id: string, format: ExportFormat): Promise<void> {
  const { data, error, response } = (await api.GET('/v1/audit/exports/{kind}/{id}', {
    params: { path: { kind, id }, query: { format } },
    parseAs: 'text',
  } as never)) as { data?: string; error?: string; response: Response };
  if (!response.ok) throw new ApiError(problemOf(error, response));
  const body = data ?? '';
  const safeName = `${kind}-${id}`.replace(/[^A-Za-z0-9._-]/g, '_');
  if (format === 'fhir') saveFile(body, `${safeName}.fhir.json`, 'application/fhir+json');
  else saveFile(body, `${safeName}.ndjson`, 'application/x-ndjson');
}

/** The problem document of a refusal read as text. */
function problemOf(text: string | undefined, response: Response): Problem {
  try {
    return JSON.parse(text ?? '') as Problem;
  } catch {
    return { type: 'about:blank', title: response.statusText, status: response.status, detail: text || response.statusText, code: `http-${response.status}` };
  }
}
