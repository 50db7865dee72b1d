import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../api/client';
import { saveFile } from '../api/download';
import { downloadMaterial, type MaterialCase, previewKind, uploadMaterial } from '../api/materials';
import { useExperts } from '../api/lookups';
import type { Material, Page } from '../api/views';
import { formatInstant } from '../i18n';

/** What a file input offers first; the API's allow-list decides (415 for anything else). */
const ACCEPTED = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,.webp,.dcm,.txt,.csv,.xml,.docx,.xlsx,application/pdf,image/*,application/dicom,text/plain,text/csv';

function failureText(failure: unknown): string {
  if (failure instanceof ApiError) return [failure.problem.detail, ...(failure.problem.errors ?? []).map((error) => error.message)].join(' · ');
  return String(failure);
}

/** A file's size as people read it. */
export function formatSize(bytes: number | undefined, language: string): string {
  if (bytes === undefined) return '—';
  const units = language === 'zh' ? ['字节', 'KB', 'MB', 'GB'] : ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

/**
 * The files and imaging-study references of a case: listed, downloaded, previewed in the page
 * (images and PDFs), and, for those who may add to the case, uploaded with their progress shown.
 */
export function CaseMaterials({ kind, caseId, canAttach }: { kind: MaterialCase; caseId: string; canAttach: boolean }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const materials = useQuery({
    queryKey: ['materials', kind, caseId],
    queryFn: () => unwrap<Page<Material>>(api.GET(`/v1/${kind}/{id}/materials` as '/v1/consultations/{id}/materials', { params: { path: { id: caseId } } })),
  });
  const [preview, setPreview] = useState<{ material: Material; url: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The preview's object URL is released when another replaces it and when the page goes.
  useEffect(
    () => () => {
      if (preview) URL.revokeObjectURL(preview.url);
    },
    [preview],
  );
  const items = materials.data?.items ?? [];

  const show = async (material: Material) => {
    setError(null);
    try {
      const blob = await downloadMaterial(kind, caseId, material.id);
      // The blob keeps the type recorded when the file was attached, so the browser renders it as that.
      setPreview({ material, url: URL.createObjectURL(new Blob([blob], { type: material.mediaType })) });
    } catch (failure) {
      setError(failureText(failure));
    }
  };
  const save = async (material: Material) => {
    setError(null);
    try {
      saveFile(await downloadMaterial(kind, caseId, material.id), material.fileName ?? 'material', material.mediaType ?? 'application/octet-stream');
    } catch (failure) {
      setError(failureText(failure));
    }
  };
  const attached = () => client.invalidateQueries({ queryKey: ['materials', kind, caseId] });

  return (
    <section className="materials" aria-labelledby="materials-heading">
      <h2 id="materials-heading">{t('materials.heading')}</h2>
      {materials.isError && <p role="alert">{failureText(materials.error)}</p>}
      <table aria-busy={materials.isFetching}>
        <caption className="visually-hidden">{t('materials.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('materials.file')}</th>
            <th scope="col">{t('materials.description')}</th>
            <th scope="col">{t('materials.size')}</th>
            <th scope="col">{t('materials.attachedAt')}</th>
            <th scope="col">{t('materials.attachedBy')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('materials.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((material) => (
            <MaterialRow key={material.id} material={material} onPreview={() => void show(material)} onSave={() => void save(material)} />
          ))}
          {items.length === 0 && !materials.isPending && (
            <tr>
              <td colSpan={6}>{t('materials.none')}</td>
            </tr>
          )}
        </tbody>
      </table>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {preview && <Preview material={preview.material} url={preview.url} onClose={() => setPreview(null)} />}
      {canAttach && (
        <div className="forms">
          <UploadForm kind={kind} caseId={caseId} onAttached={attached} />
          <DicomReferenceForm kind={kind} caseId={caseId} onAttached={attached} />
        </div>
      )}
    </section>
  );
}

function MaterialRow({ material, onPreview, onSave }: { material: Material; onPreview: () => void; onSave: () => void }) {
  const { t, i18n } = useTranslation();
  // An expert attaches under their expert id; a clinician under their user name.
  const experts = useExperts();
  const attachedBy = experts.data?.items.find((expert) => expert.id === material.attachedBy)?.name ?? material.attachedBy;
  const name = material.kind === 'file' ? (material.fileName ?? '—') : material.dicom?.studyInstanceUid ?? '—';
  return (
    <tr data-testid="material">
      <td>
        {material.kind === 'dicom-study' ? (
          <>
            <span className="tag">{t('materials.dicomStudy')}</span> <code>{name}</code> ({material.dicom?.archive})
          </>
        ) : (
          <>
            {name} <span className="hint">{material.mediaType}</span>
          </>
        )}
      </td>
      <td>{material.description ?? '—'}</td>
      <td>{formatSize(material.size, i18n.language)}</td>
      <td>{formatInstant(material.attachedAt)}</td>
      <td>{attachedBy}</td>
      <td className="row-actions">
        {material.kind === 'file' && previewKind(material.mediaType) && (
          <button type="button" onClick={onPreview} aria-label={`${t('materials.preview')} ${name}`}>
            {t('materials.preview')}
          </button>
        )}
        {material.kind === 'file' && (
          <button type="button" onClick={onSave} aria-label={`${t('materials.download')} ${name}`}>
            {t('materials.download')}
          </button>
        )}
      </td>
    </tr>
  );
}

function Preview({ material, url, onClose }: { material: Material; url: string; onClose: () => void }) {
  const { t } = useTranslation();
  const closeButton = useRef<HTMLButtonElement>(null);
  const label = `${t('materials.previewOf')} ${material.fileName ?? ''}`;
  // Focus moves to the preview so that keyboard and screen-reader users land on what opened.
  useEffect(() => closeButton.current?.focus(), [url]);
  return (
    <figure className="preview card" data-testid="material-preview" aria-label={label}>
      <figcaption>
        {label} <span className="hint">{material.mediaType}</span>{' '}
        <button ref={closeButton} type="button" onClick={onClose}>
          {t('materials.closePreview')}
        </button>
      </figcaption>
      {previewKind(material.mediaType) === 'image' ? (
        <img src={url} alt={material.description ?? material.fileName ?? ''} />
      ) : (
        <iframe src={url} title={label} />
      )}
    </figure>
  );
}

function UploadForm({ kind, caseId, onAttached }: { kind: MaterialCase; caseId: string; onAttached: () => Promise<void> }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [description, setDescription] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const stop = useRef<AbortController | null>(null);
  useEffect(() => () => stop.current?.abort(), []);
  const sending = progress !== null && done === null && error === null;
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        if (!file) {
          setError(t('materials.chooseFile'));
          return;
        }
        setError(null);
        setDone(null);
        setProgress(0);
        stop.current = new AbortController();
        uploadMaterial(kind, caseId, file, description, setProgress, stop.current.signal)
          .then(async (answer) => {
            setDone(t('materials.uploaded', { name: file.name, sha256: answer.sha256?.slice(0, 12) ?? '' }));
            setFile(null);
            setDescription('');
            if (input.current) input.current.value = '';
            await onAttached();
          })
          .catch((failure: unknown) => {
            setProgress(null);
            setError(failure instanceof DOMException && failure.name === 'AbortError' ? t('materials.stopped') : failureText(failure));
          });
      }}
    >
      <h3>{t('materials.upload')}</h3>
      <p className="hint">{t('materials.uploadHint')}</p>
      <label>
        {t('materials.file')}
        <input ref={input} type="file" accept={ACCEPTED} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
      </label>
      <label>
        {t('materials.description')}
        <input value={description} maxLength={2000} onChange={(event) => setDescription(event.target.value)} />
      </label>
      {progress !== null && (
        <label className="progress">
          {t('materials.progress')}
          <progress max={1} value={progress} data-testid="upload-progress" />
          <span aria-live="polite">{Math.round(progress * 100)}%</span>
        </label>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="ok">
          {done}
        </p>
      )}
      <button type="submit" disabled={sending}>
        {t('materials.uploadSubmit')}
      </button>
      {sending && (
        <button type="button" onClick={() => stop.current?.abort()}>
          {t('materials.stop')}
        </button>
      )}
    </form>
  );
}

function DicomReferenceForm({ kind, caseId, onAttached }: { kind: MaterialCase; caseId: string; onAttached: () => Promise<void> }) {
  const { t } = useTranslation();
  const [studyInstanceUid, setStudyInstanceUid] = useState('');
  const [archive, setArchive] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        setError(null);
        setDone(false);
        unwrap(
          api.POST(`/v1/${kind}/{id}/materials` as '/v1/consultations/{id}/materials', {
            params: { path: { id: caseId } },
            body: { dicom: { studyInstanceUid, archive }, ...(description && { description }) } as never,
          }),
        )
          .then(async () => {
            setDone(true);
            setStudyInstanceUid('');
            setArchive('');
            setDescription('');
            await onAttached();
          })
          .catch((failure: unknown) => setError(failureText(failure)));
      }}
    >
      <h3>{t('materials.dicomHeading')}</h3>
      <p className="hint">{t('materials.dicomHint')}</p>
      <label>
        {t('materials.studyInstanceUid')}
        <input required value={studyInstanceUid} pattern="[0-9.]+" onChange={(event) => setStudyInstanceUid(event.target.value)} />
      </label>
      <label>
        {t('materials.archive')}
        <input required value={archive} onChange={(event) => setArchive(event.target.value)} />
      </label>
      <label>
        {t('materials.description')}
        <input value={description} onChange={(event) => setDescription(event.target.value)} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="ok">
          {t('materials.referenced')}
        </p>
      )}
      <button type="submit">{t('materials.referenceSubmit')}</button>
    </form>
  );
}
