import { useId, useImperativeHandle, useRef, type ReactNode, type Ref } from 'react';
import './modal-dialog.css';

/** What the dialog's owner calls: `open()` from the button (or anything else) that opens it. */
export interface ModalDialogHandle {
  open: () => void;
  close: () => void;
}

export interface ModalDialogProps {
  ref: Ref<ModalDialogHandle>;
  /** The heading at the top; it is also the dialog's accessible name. */
  title: string;
  /** One line under the title, read out as the dialog's description. */
  description?: string;
  /** Under the content, e.g. the dialog's actions. */
  footer?: ReactNode;
  /** For content wider than a form (a preview): up to 56rem instead of 44rem. */
  wide?: boolean;
  /** Called once the dialog has closed, however it was closed (Escape, Close, `close()`). */
  onClose?: () => void;
  children: ReactNode;
}

/**
 * The app's one modal dialog: a native <dialog> opened with showModal (the rest of the page is
 * inert behind a backdrop, Escape closes), a title heading that names it, a Close button. Focus
 * moves into it on open (to the control marked `data-autofocus`, else the browser's choice, else
 * Close: React's autoFocus would not do, as it fires when the control mounts, while the dialog may
 * still be closed) and goes
 * back to what had it (the opener) on close. Sized to the viewport, so it scrolls on a phone and
 * in a small iframe; left out of print.
 */
export function ModalDialog({
  ref,
  title,
  description,
  footer,
  wide = false,
  onClose,
  children,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;

  useImperativeHandle(
    ref,
    () => ({
      open() {
        const dialog = dialogRef.current;
        if (!dialog || dialog.open) return;
        const active = document.activeElement;
        openerRef.current =
          active instanceof HTMLElement && active !== document.body ? active : null;
        dialog.showModal();
        const wanted = dialog.querySelector<HTMLElement>('[data-autofocus]');
        if (wanted) wanted.focus();
        else if (!dialog.contains(document.activeElement)) closeRef.current?.focus();
      },
      close() {
        dialogRef.current?.close();
      },
    }),
    [],
  );

  return (
    <dialog
      ref={dialogRef}
      className={wide ? 'modal-dialog modal-dialog--wide' : 'modal-dialog'}
      aria-labelledby={titleId}
      aria-describedby={description === undefined ? undefined : descriptionId}
      onClose={() => {
        const opener = openerRef.current;
        openerRef.current = null;
        if (opener?.isConnected) opener.focus();
        onClose?.();
      }}
    >
      <div className="modal-dialog__head">
        <h2 id={titleId} className="modal-dialog__title">
          {title}
        </h2>
        <button
          ref={closeRef}
          type="button"
          className="modal-dialog__close"
          onClick={() => dialogRef.current?.close()}
        >
          Close
        </button>
      </div>
      {description === undefined ? null : (
        <p id={descriptionId} className="modal-dialog__description">
          {description}
        </p>
      )}
      <div className="modal-dialog__body">{children}</div>
      {footer === undefined ? null : <div className="modal-dialog__footer">{footer}</div>}
    </dialog>
  );
}
