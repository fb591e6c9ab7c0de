import { REPORT_LIMITS, type DirectionOption } from '@kaizen/shared';
import { useId } from 'react';
import { useTranslation } from '../../app/i18n';

type Props = {
  directions: DirectionOption[];
  onChange: (directions: DirectionOption[]) => void;
  /** The message for a field of a row (`code`, `label`, `meaning`), when it is at fault. */
  errorAt: (row: number, field: keyof DirectionOption) => string | undefined;
  disabled?: boolean;
};

/** The 今後の方向性 options, one row each: code, label, meaning; rows added, removed and moved in place. */
export function DirectionOptionsTable({ directions, onChange, errorAt, disabled }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const set = (i: number, change: Partial<DirectionOption>) => onChange(directions.map((d, j) => (j === i ? { ...d, ...change } : d)));
  const move = (i: number, by: -1 | 1) => {
    const next = [...directions];
    [next[i], next[i + by]] = [next[i + by], next[i]];
    onChange(next);
  };
  const cell = (i: number, field: keyof DirectionOption, input: (props: { id: string; 'aria-invalid': boolean | undefined; 'aria-describedby': string | undefined }) => React.ReactNode) => {
    const error = errorAt(i, field);
    const errorId = `${id}-${i}-${field}-error`;
    return (
      <td>
        {input({ id: `${id}-${i}-${field}`, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined })}
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </td>
    );
  };
  return (
    <div className="table-scroll">
      <table className="kpi-table steps-table direction-options">
        <caption>{t('reportSettings.directionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reportSettings.order')}</th>
            <th scope="col">{t('reportSettings.code')}</th>
            <th scope="col">{t('reportSettings.label')}</th>
            <th scope="col">{t('reportSettings.meaning')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('reportSettings.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {directions.map((d, i) => {
            const row = t('reportSettings.row', { n: i + 1 });
            const name = d.label || d.code || row;
            return (
              // Rows are edited in place: their position is their identity while the form is open.
              <tr key={i}>
                <td className="num">{i + 1}</td>
                {cell(i, 'code', (p) => (
                  <input
                    {...p}
                    type="text"
                    aria-label={`${row} ${t('reportSettings.code')}`}
                    value={d.code}
                    maxLength={REPORT_LIMITS.code}
                    size={10}
                    autoCapitalize="characters"
                    spellCheck={false}
                    disabled={disabled}
                    onChange={(e) => set(i, { code: e.target.value.toUpperCase() })}
                  />
                ))}
                {cell(i, 'label', (p) => (
                  <input {...p} type="text" aria-label={`${row} ${t('reportSettings.label')}`} value={d.label} maxLength={REPORT_LIMITS.label} size={12} disabled={disabled} onChange={(e) => set(i, { label: e.target.value })} />
                ))}
                {cell(i, 'meaning', (p) => (
                  <input {...p} type="text" aria-label={`${row} ${t('reportSettings.meaning')}`} value={d.meaning ?? ''} maxLength={REPORT_LIMITS.meaning} disabled={disabled} onChange={(e) => set(i, { meaning: e.target.value })} />
                ))}
                <td className="row-actions">
                  <button type="button" disabled={disabled || i === 0} onClick={() => move(i, -1)} aria-label={t('reportSettings.moveUp', { name })}>
                    ↑
                  </button>
                  <button type="button" disabled={disabled || i === directions.length - 1} onClick={() => move(i, 1)} aria-label={t('reportSettings.moveDown', { name })}>
                    ↓
                  </button>
                  <button type="button" disabled={disabled || directions.length <= REPORT_LIMITS.minOptions} onClick={() => onChange(directions.filter((_, j) => j !== i))}>
                    {t('reportSettings.remove', { name })}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" disabled={disabled || directions.length >= REPORT_LIMITS.maxOptions} onClick={() => onChange([...directions, { code: '', label: '', meaning: null }])}>
        {t('reportSettings.add')}
      </button>
    </div>
  );
}
