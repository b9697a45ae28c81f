// A modal <dialog>: the browser traps focus, Escape closes it, and the page behind is
// inert — keyboard users get all of that without our own focus code.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  closeLabel: string;
  onClose(): void;
  className?: string;
  qalam: string;
  children: ReactNode;
}

export function Dialog({ title, closeLabel, onClose, className, qalam, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`sync-dialog ${className ?? ''}`}
      data-qalam={qalam}
      aria-labelledby={`${qalam}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <header className="sync-dialog-head">
        <h2 id={`${qalam}-title`}>{title}</h2>
        <button type="button" className="quiet" data-qalam={`${qalam}-close`} onClick={onClose}>
          {closeLabel}
        </button>
      </header>
      {children}
    </dialog>
  );
}
