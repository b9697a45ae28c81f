// The frame of the editor's right-click menus (the body's and the header fields'): it
// takes focus on its first item, closes on a click elsewhere or Escape, moves between
// items with the arrows, and stays inside the window, moving up when it opens near the
// bottom or grows (spelling suggestions arrive after it opens). It opens from the pointer
// toward the way the UI reads (leftward in Arabic, as Arabic desktops open menus), and
// the other way when there is no room that way, so it neither runs off the window nor
// lands on the word under the pointer. It is placed in the
// page's body, not where it is declared: the editor pane is a containment boundary
// (app.css), which would make window coordinates relative to the pane.
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { t, type UiLang } from './strings';

export function MenuShell({ x, y, lang, onClose, children }: { x: number; y: number; lang: UiLang; onClose(): void; children: ReactNode }) {
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as globalThis.Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);

  // Before the first paint, so the menu never shows a frame where it does not fit.
  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    const fit = () => {
      const room = window.innerHeight - 8;
      el.style.insetBlockStart = `${Math.max(4, Math.min(y, room - el.offsetHeight))}px`;
      const width = el.offsetWidth;
      const right = window.innerWidth - 4;
      const leftward = getComputedStyle(el).direction === 'rtl' ? x - width >= 4 || x + width > right : x + width > right && x - width >= 4;
      el.style.left = `${Math.max(4, Math.min(leftward ? x - width : x, right - width))}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [x, y]);

  const onKeyDown = (e: KeyboardEvent) => {
    const all = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape') onClose();
    else if (e.key === 'ArrowDown') all[(i + 1) % all.length]?.focus();
    else if (e.key === 'ArrowUp') all[(i - 1 + all.length) % all.length]?.focus();
    else return;
    e.preventDefault();
  };

  return createPortal(
    <div ref={menu} className="editor-context-menu" role="menu" aria-label={t('contextMenu', lang)} style={{ insetBlockStart: y, left: x }} onKeyDown={onKeyDown}>
      {children}
    </div>,
    document.body,
  );
}
