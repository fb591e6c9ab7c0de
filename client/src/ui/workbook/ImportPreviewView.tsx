import type { ImportPreview } from '@kaizen/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from '../../app/i18n';
import { inLanguage } from '../serverMessage';

/**
 * What an upload would change, before anything is written: the cells that cannot be read (by
 * sheet and cell, as Excel names them), rows someone saved since the download, and each change
 * before → after. Applying is offered only when every cell reads.
 */
export function ImportPreviewView({ preview, onApply, onCancel }: { preview: ImportPreview; onApply: (skipConflicts: boolean) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [preview]);
  const { problems, conflicts, changes } = preview;
  return (
    <div className="import-preview">
      <h3 ref={heading} tabIndex={-1}>
        {t('workbook.previewHeading', { changed: preview.changedRows, unchanged: preview.unchangedRows })}
      </h3>
      {problems.length > 0 && (
        <div className="import-problems" role="alert">
          <h4>{t('workbook.problemsHeading', { count: problems.length })}</h4>
          <ul>
            {problems.map((p) => (
              <li key={`${p.sheet}!${p.cell}`}>
                <strong>
                  {p.sheet}!{p.cell}
                </strong>
                ：{inLanguage(p.message, i18n.language)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {conflicts.length > 0 && (
        <table className="import-table">
          <caption>{t('workbook.conflictsCaption', { count: conflicts.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workbook.where')}</th>
              <th scope="col">{t('workbook.subject')}</th>
              <th scope="col">{t('workbook.saved')}</th>
              <th scope="col">{t('workbook.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={`${c.sheet}:${c.row}`}>
                <td>{t('workbook.row', { sheet: c.sheet, row: c.row })}</td>
                <th scope="row">{c.subject}</th>
                <td>{c.saved}</td>
                <td>{c.yours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changes.length > 0 ? (
        <table className="import-table">
          <caption>{t('workbook.changesCaption', { count: changes.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workbook.where')}</th>
              <th scope="col">{t('workbook.subject')}</th>
              <th scope="col">{t('workbook.field')}</th>
              <th scope="col">{t('workbook.before')}</th>
              <th scope="col">{t('workbook.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={`${c.sheet}:${c.row}:${c.field}`}>
                <td>{t('workbook.row', { sheet: c.sheet, row: c.row })}</td>
                <th scope="row">{c.subject}</th>
                <td>{c.field}</td>
                <td className="before">{c.before || t('workbook.empty')}</td>
                <td className="after">{c.after || t('workbook.empty')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        problems.length === 0 && <p>{t('workbook.nothingChanges')}</p>
      )}
      <div className="form-footer">
        {problems.length === 0 && changes.length > 0 && conflicts.length === 0 && (
          <button type="button" className="primary" onClick={() => onApply(false)}>
            {t('workbook.apply', { count: preview.changedRows })}
          </button>
        )}
        {problems.length === 0 && changes.length > 0 && conflicts.length > 0 && (
          <button type="button" className="primary" onClick={() => onApply(true)}>
            {t('workbook.applySkippingConflicts', { count: preview.changedRows })}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('workbook.cancel')}
        </button>
      </div>
    </div>
  );
}
