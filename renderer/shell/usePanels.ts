// The side panels in the page: the width's room (followed as the window is resized or
// zoomed), the editor's wishes (kept in the page's storage, read before the first
// paint), the two shortcuts, Escape for a panel laid over the article, and where the
// keyboard focus goes when a panel comes or goes.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { matchesHotkey } from '../editor/commands/hotkeys';
import { pageStorage } from '../page-storage';
import {
  dismissOverlay,
  hasPanel,
  layoutPanels,
  PANELS,
  readPanels,
  ROOM_FOR_BOTH_PX,
  ROOM_FOR_ONE_PX,
  togglePanel,
  writePanels,
  type PanelLayout,
  type PanelName,
  type PanelWishes,
  type Room,
  type Screen,
} from './panels';

/** Ctrl+Shift+L (library) and Ctrl+Shift+D (details), ⌘⇧L and ⌘⇧D on a Mac: free in
 * the editor (renderer/editor/commands/registry.ts), the menus (electron/main/menu-items.ts)
 * and Chromium. Matched by physical key, so they work with an Arabic layout too. */
export const PANEL_HOTKEYS: Record<PanelName, string> = { library: 'mod+shift+l', inspector: 'mod+shift+d' };

const QUERIES = [`(min-width: ${ROOM_FOR_BOTH_PX}px)`, `(min-width: ${ROOM_FOR_ONE_PX}px)`];

function currentRoom(): Room {
  const [both, one] = QUERIES.map((q) => window.matchMedia(q).matches);
  return both ? 2 : one ? 1 : 0;
}

function subscribeRoom(onChange: () => void): () => void {
  const lists = QUERIES.map((q) => window.matchMedia(q));
  for (const mq of lists) mq.addEventListener('change', onChange);
  return () => {
    for (const mq of lists) mq.removeEventListener('change', onChange);
  };
}

const panelElement = (panel: PanelName) => document.querySelector<HTMLElement>(`.shell [data-qalam="${panel}"]`);
const toggleButton = (panel: PanelName) => document.querySelector<HTMLElement>(`[data-qalam="toggle-${panel}"]`);
const FOCUSABLE = ':is(input:not([type="hidden"]):not([hidden]), select, textarea, button):not(:disabled), a[href], [tabindex]:not([tabindex="-1"])';

export interface Panels {
  layout: PanelLayout;
  /** Whether this page has the panel (history and settings have no details). */
  available: Record<PanelName, boolean>;
  toggle(panel: PanelName): void;
  /** Close a panel that lies over the article (the editor chose an article in it). */
  dismissOverlay(panel: PanelName): void;
}

export function usePanels(screen: Screen): Panels {
  const room = useSyncExternalStore(subscribeRoom, currentRoom);
  const [wishes, setWishes] = useState<PanelWishes>(() => readPanels(pageStorage()));
  const state = useRef({ room, wishes, screen });
  state.current = { room, wishes, screen };
  // Where the focus goes once the change is on screen.
  const focusNext = useRef<{ panel: PanelName; to: 'panel' | 'toggle' } | undefined>(undefined);

  useEffect(() => writePanels(pageStorage(), wishes), [wishes]);

  /** `backToToggle`: the focus goes to the panel's button once it is gone, wherever it was. */
  const change = useCallback((panel: PanelName, next: PanelWishes, backToToggle = false) => {
    const place = layoutPanels(next, state.current.room, state.current.screen)[panel];
    const inside = panelElement(panel)?.contains(document.activeElement) ?? false;
    // An overlay takes the focus, as a drawer does; a panel that goes away with the
    // focus in it hands it to its button, not to the page's body.
    if (place === 'overlay') focusNext.current = { panel, to: 'panel' };
    else if (place === 'off' && (inside || backToToggle)) focusNext.current = { panel, to: 'toggle' };
    setWishes(next);
  }, []);

  const toggle = useCallback(
    (panel: PanelName) => change(panel, togglePanel(state.current.wishes, panel, state.current.room, state.current.screen)),
    [change],
  );
  const dismiss = useCallback(
    (panel: PanelName) => {
      const next = dismissOverlay(state.current.wishes, panel, state.current.room);
      if (next !== state.current.wishes) change(panel, next);
    },
    [change],
  );

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (!target) return;
    if (target.to === 'toggle') toggleButton(target.panel)?.focus();
    else panelElement(target.panel)?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [wishes]);

  // The window narrowed and folded the panel the keyboard was in: its button takes the
  // focus, or the next Tab would start again from the top of the page.
  const lastFocusIn = useRef<PanelName | undefined>(undefined);
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      lastFocusIn.current = PANELS.find((p) => e.target instanceof Node && panelElement(p)?.contains(e.target));
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  const layout = useMemo(() => layoutPanels(wishes, room, screen), [wishes, room, screen]);
  useEffect(() => {
    const panel = lastFocusIn.current;
    if (!panel || layout[panel] !== 'off') return;
    // Still on the hidden field (the browser lets go at its next rendering), or let go.
    const active = document.activeElement;
    if (!active || active === document.body || panelElement(panel)?.contains(active)) toggleButton(panel)?.focus();
  }, [layout]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const panel = (Object.keys(PANEL_HOTKEYS) as PanelName[]).find((p) => matchesHotkey(PANEL_HOTKEYS[p], e));
      if (!panel) return;
      e.preventDefault();
      toggle(panel);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  // Escape closes a panel laid over the article, as it closes a drawer, once nothing in
  // the panel has used it: the library's search box clears its words first, its list its
  // selection, a question its asking (each prevents the key's default when it acts). Only
  // from inside the panel (or with the focus nowhere, after a click on its blank part):
  // Escape in the article or in a dialog belongs to them. The focus goes back to the
  // panel's button, where the editor opened it from.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.repeat) return;
      const { wishes: now, room: width, screen: page } = state.current;
      const layoutNow = layoutPanels(now, width, page);
      const panel = PANELS.find((p) => layoutNow[p] === 'overlay');
      if (!panel || document.querySelector('dialog[open], [aria-modal="true"]')) return;
      const target = e.target instanceof Node ? e.target : null;
      const fromPanel = target !== null && (panelElement(panel)?.contains(target) ?? false);
      if (!fromPanel && target !== document.body) return;
      e.preventDefault();
      change(panel, dismissOverlay(now, panel, width), true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [change]);

  const available = useMemo(() => ({ library: hasPanel('library', screen), inspector: hasPanel('inspector', screen) }), [screen]);
  return { layout, available, toggle, dismissOverlay: dismiss };
}
