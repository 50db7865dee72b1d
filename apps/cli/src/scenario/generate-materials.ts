import type { AuthenticatedUser } from '@telemed/auth';
import type { MaterialCaseKind } from '@telemed/domain/case-material';
import { AttachMaterial, type MaterialToAttach } from '@telemed/application/case-materials/attach-material';
import type { ScenarioContext } from './scenario-context';

export interface MaterialTally {
  files: number;
  dicomStudies: number;
}

/** A lab report as a laboratory system prints it: a few lines of plain text. */
function labReport(context: ScenarioContext): MaterialToAttach {
  const { random } = context;
  const lines = [
    'Complete blood count',
    `WBC ${random.int(35, 140) / 10} x10^9/L`,
    `Hb ${random.int(85, 165)} g/L`,
    `PLT ${random.int(90, 420)} x10^9/L`,
    `CRP ${random.int(1, 120)} mg/L`,
  ];
  return { kind: 'file', file: { content: Buffer.from(`${lines.join('\n')}\n`), fileName: 'cbc-report.txt', mediaType: 'text/plain' }, description: 'latest blood count' };
}

/** A twelve-lead ECG exported as a one-page PDF (a small but well-formed document). */
function ecg(context: ScenarioContext): MaterialToAttach {
  const rate = context.random.int(48, 130);
  const text = `(12-lead ECG, rate ${rate}/min) Tj`;
  const stream = `BT /F1 12 Tf 72 720 Td ${text} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { kind: 'file', file: { content: Buffer.from(body, 'latin1'), fileName: 'ecg-12-lead.pdf', mediaType: 'application/pdf' }, description: 'resting ECG' };
}

/** A CT study left in the receiving hospital's archive, referenced by its Study Instance UID (under China's OID arc 1.2.156). */
function ctStudy(context: ScenarioContext, hospitalId: string): MaterialToAttach {
  const { random } = context;
  const studyInstanceUid = `1.2.156.112605.${random.int(10_000, 99_999)}.${random.int(1, 9_999_999)}.${random.int(1, 99_999)}`;
  return { kind: 'dicom-study', studyInstanceUid, archive: `PACS-${hospitalId.slice(0, 8).toUpperCase()}`, description: 'CT with contrast' };
}

/**
 * The requesting clinician attaches what the case needs, a few minutes after the request: some
 * cases a lab report, an ECG or a CT study reference, a few of them more than one.
 */
export async function attachCaseMaterials(
  context: ScenarioContext,
  caseKind: MaterialCaseKind,
  caseId: string,
  clinician: AuthenticatedUser,
  at: number,
  tally: MaterialTally,
): Promise<void> {
  const { random } = context;
  if (!random.chance(0.35)) return;
  const materials = [random.pick([labReport, ecg])(context)];
  if (random.chance(0.4)) materials.push(ctStudy(context, clinician.hospitalId!));
  for (const [index, material] of materials.entries()) {
    const attached = await context.send(at + (index + 1) * 5 * 60_000, new AttachMaterial(caseKind, caseId, material, clinician, context.metadata(clinician)));
    if (attached && material.kind === 'file') tally.files++;
    if (attached && material.kind === 'dicom-study') tally.dicomStudies++;
  }
}
