import { useApolloClient } from '@apollo/client/react';
import type { ImportPreview } from '@kaizen/shared';
import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../app/i18n';
import { download, FileRequestError, upload, type Progress } from '../files/transfer';
import { TransferStatus } from '../files/TransferStatus';
import { inLanguage } from '../serverMessage';
import { ImportPreviewView } from './ImportPreviewView';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Step =
  | { kind: 'idle' }
  | { kind: 'downloading' | 'uploading' | 'applying'; progress: Progress | null }
  | { kind: 'preview'; preview: ImportPreview; file: File }
  | { kind: 'applied'; preview: ImportPreview }
  | { kind: 'failed'; message: string; preview?: ImportPreview };

const filesUrl = (cycleId: string, rest: string) => `/files/cycles/${cycleId}/department-workbook${rest}`;

/**
 * Excel in and out for one cycle: the department's workbook to fill in offline, and the filled one
 * back — first a preview of every change and problem, then, on request, the drafts.
 * `departments`: the planning division picks whose workbook (all departments by default).
 */
export function WorkbookPanel({ cycleId, collecting, departments }: { cycleId: string; collecting: boolean; departments?: { id: string; name: string }[] }) {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [departmentId, setDepartmentId] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const busy = step.kind === 'downloading' || step.kind === 'uploading' || step.kind === 'applying';

  const failed = (error: unknown, preview?: ImportPreview) => {
    const message = error instanceof FileRequestError && error.code !== 'NETWORK' ? inLanguage(error.message, i18n.language) : t('files.unreachable');
    setStep({ kind: 'failed', message, preview });
  };

  async function downloadWorkbook() {
    setStep({ kind: 'downloading', progress: null });
    try {
      await download(filesUrl(cycleId, `.xlsx${departmentId ? `?departmentId=${departmentId}` : ''}`), 'workbook.xlsx', (progress) => setStep({ kind: 'downloading', progress }));
      setStep({ kind: 'idle' });
    } catch (error) {
      failed(error);
    }
  }

  async function check(file: File) {
    setStep({ kind: 'uploading', progress: null });
    try {
      const preview = await upload<ImportPreview>(filesUrl(cycleId, '/preview'), file, XLSX, (progress) => setStep({ kind: 'uploading', progress }));
      setStep({ kind: 'preview', preview, file });
    } catch (error) {
      failed(error);
    } finally {
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  async function apply(file: File, skipConflicts: boolean) {
    setStep({ kind: 'applying', progress: null });
    try {
      const preview = await upload<ImportPreview>(filesUrl(cycleId, `/apply${skipConflicts ? '?skipConflicts=true' : ''}`), file, XLSX, (progress) => setStep({ kind: 'applying', progress }));
      setStep({ kind: 'applied', preview });
      await client.refetchQueries({ include: 'active' });
    } catch (error) {
      failed(error);
    }
  }

  return (
    <section className="workbook-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('workbook.heading')}</h2>
      <p>{t(collecting ? 'workbook.lead' : 'workbook.leadReadOnly')}</p>
      <div className="workbook-actions">
        {departments && (
          <label>
            {t('workbook.whose')}
            <select value={departmentId} onChange={(e) => setDepartmentId(e.target.value)} disabled={busy}>
              <option value="">{t('workbook.allDepartments')}</option>
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={downloadWorkbook} disabled={busy}>
          {t('workbook.download')}
        </button>
        {collecting && (
          <label className="file-button">
            {t('workbook.upload')}
            <input ref={fileInput} type="file" accept={`.xlsx,${XLSX}`} disabled={busy} onChange={(e) => e.target.files?.[0] && check(e.target.files[0])} />
          </label>
        )}
      </div>
      {busy && <TransferStatus label={t(`workbook.${step.kind}`)} progress={step.progress} />}
      {step.kind === 'failed' && (
        <p className="form-error" role="alert">
          {step.message}
        </p>
      )}
      {step.kind === 'preview' && (
        <ImportPreviewView preview={step.preview} onApply={(skip) => apply(step.file, skip)} onCancel={() => setStep({ kind: 'idle' })} />
      )}
      {step.kind === 'applied' && (
        <p className="notice" role="status">
          {t('workbook.applied', { count: step.preview.changedRows, unchanged: step.preview.unchangedRows })}
        </p>
      )}
    </section>
  );
}
