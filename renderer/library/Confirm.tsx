// A destructive action asks once, in place: the button turns into a question with
// "yes" and "cancel", focus moves to "cancel" (the safe choice), Escape cancels.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n';

interface Props {
  label: string;
  /** The button's accessible name when the label alone is ambiguous ("delete «X» forever"). */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm(): void;
  qalam: string;
  disabled?: boolean;
  className?: string;
}

export function ConfirmButton({ label, ariaLabel, question, confirmLabel, onConfirm, qalam, disabled, className = 'quiet' }: Props) {
  const tr = useT();
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button ref={openRef} type="button" className={className} data-qalam={qalam} aria-label={ariaLabel} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question} data-qalam={`${qalam}-confirm`} onKeyDown={(e) => {
      // Used here: the shell's Escape (closing a panel over the article) waits for the next one.
      if (e.key === 'Escape') {
        e.preventDefault();
        setAsking(false);
      }
    }}>
      <span role="alert">{question}</span>
      <button
        type="button"
        className="danger"
        data-qalam={`${qalam}-yes`}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button ref={cancelRef} type="button" className="quiet" data-qalam={`${qalam}-cancel`} onClick={() => setAsking(false)}>
        {tr('cancel')}
      </button>
    </span>
  );
}
