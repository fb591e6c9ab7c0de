import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../app/i18n';

type Props = {
  open: boolean;
  heading: string;
  /** What happens, named before it is done. */
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  /** Why it failed (with what stands now), shown in the dialog: cancel, or try again. */
  failure: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before a step that cannot be undone. A native modal <dialog>: the page behind is inert,
 * Escape cancels, focus starts on the confirming button and goes back to the opener when closed
 * (unless the step replaced it: its result takes focus then).
 */
export function ConfirmDialog({ open, heading, children, confirmLabel, busy, failure, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      confirmRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="open-items-dialog confirm-dialog"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        // Escape: the parent decides (and closes), so state and the element never disagree.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <h2 id={`${id}-heading`}>{heading}</h2>
      <div id={`${id}-body`} className="open-items-body">
        {children}
      </div>
      <div aria-live="assertive">
        {failure && (
          <div className="form-error" role="alert">
            {failure}
          </div>
        )}
      </div>
      <div className="dialog-actions">
        <button ref={confirmRef} type="button" className="primary" disabled={busy} onClick={onConfirm}>
          {busy ? t('common.saving') : confirmLabel}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
