import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from '../app/i18n';

type Props = {
  open: boolean;
  heading: string;
  /** What happens, named before it is done. */
  children: ReactNode;
  /** The question read out with the dialog, when the body is too long to be (else the body is). */
  question?: ReactNode;
  confirmLabel: string;
  busy: boolean;
  /** Whether there is something to confirm yet (what the body shows may still be loading). */
  ready?: boolean;
  className?: string;
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
export function ConfirmDialog({ open, heading, children, question, confirmLabel, busy, ready = true, className, failure, onConfirm, onCancel }: Props) {
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
    } else if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    }
  }, [open]);

  useEffect(() => {
    if (open && ready) confirmRef.current?.focus();
  }, [open, ready]);

  return (
    <dialog
      ref={ref}
      className={['open-items-dialog', className].filter(Boolean).join(' ')}
      aria-labelledby={`${id}-heading`}
      aria-describedby={question ? `${id}-question` : `${id}-body`}
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
      {question && (
        <p id={`${id}-question`} className="open-items-question">
          {question}
        </p>
      )}
      <div aria-live="assertive">
        {failure && (
          <div className="form-error" role="alert">
            {failure}
          </div>
        )}
      </div>
      <div className="dialog-actions">
        <button ref={confirmRef} type="button" className="primary" disabled={!ready || busy} onClick={onConfirm}>
          {busy ? t('common.saving') : confirmLabel}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
