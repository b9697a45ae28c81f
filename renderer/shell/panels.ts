// Which side panels the shell shows, and how: the library (inline start, right in Arabic)
// and the inspector (inline end). Pure, so the rules are unit-tested without a page.
//
// The window's width decides by itself as long as the editor has asked for nothing:
//   room 2 (≥ 1160 px)  both panels, narrower side columns below 1280 px (app.css);
//   room 1 (≥ 930 px)   the inspector folds away first: an editor on half a 1920 screen
//                        or a 1024 laptop keeps the library and a full measure of text;
//   room 0              the library folds too (half a 1366 laptop).
// Each panel remembers one wish, the least sticky one that gives what the editor asked
// for at the width it was asked at:
//   'auto'   shown when the width has room for it (the default);
//   'closed' hidden at every width (the editor hid a panel the width would show);
//   'open'   shown at every width (the editor opened a panel the width had folded away).
// So hiding the inspector at 1440 keeps it hidden on a laptop, while opening it on a
// laptop and closing it again leaves it to the width, and it is back on the wide screen.
// A panel the editor opened stays in place where there is room for one panel, and the
// other, if left to the width, gives way to it (rather than the article shrinking to a
// strip of 330 px). Below that it lies over the article's edge as an overlay: pushing
// the text into a column of a dozen words would make the article unreadable, while an
// overlay is closed in one click once the status or section is set.
// With no article open (the library's own page) there is nothing to make room for: the
// library left to the width shows at every width. Only an open article has details:
// the library's page, history and settings have no details column, whatever the editor
// wished on an article's page, and that wish is kept for when an article is open again.
import { readStored, writeStored } from '../page-storage';

export type PanelName = 'library' | 'inspector';
export type PanelWish = 'auto' | 'open' | 'closed';
export type PanelWishes = Record<PanelName, PanelWish>;
/** 'in': a column of the grid; 'overlay': over the article; 'off': not shown. */
export type PanelPlace = 'in' | 'overlay' | 'off';
export type PanelLayout = Record<PanelName, PanelPlace>;
export type Room = 0 | 1 | 2;

export const PANELS: readonly PanelName[] = ['library', 'inspector'];

/** Viewport widths (CSS px, so zooming in counts as a narrower window) where the side
 * panels the width shows by itself still leave the article about 560 px of text (some
 * 75 letters of 20 px Amiri a line): both narrow side columns (15rem + 14rem) at 1160,
 * the library alone at 930. */
export const ROOM_FOR_BOTH_PX = 1160;
export const ROOM_FOR_ONE_PX = 930;

export const DEFAULT_WISHES: PanelWishes = { library: 'auto', inspector: 'auto' };

export function roomFor(widthPx: number): Room {
  return widthPx >= ROOM_FOR_BOTH_PX ? 2 : widthPx >= ROOM_FOR_ONE_PX ? 1 : 0;
}

const other = (panel: PanelName): PanelName => (panel === 'library' ? 'inspector' : 'library');

/** The kind of page in the centre: an open article; 'home', none open (the library's
 * page); 'noDetails', a page with no article details to show (history, settings). */
export type Screen = 'article' | 'home' | 'noDetails';

/** Whether the page has the panel: the library is on every page, the details only
 * beside an open article (there is nothing to inspect on the others). */
export function hasPanel(panel: PanelName, screen: Screen): boolean {
  return panel === 'library' || screen === 'article';
}

export function layoutPanels(wishes: PanelWishes, room: Room, screen: Screen = 'article'): PanelLayout {
  const home = screen === 'home';
  const opened = (panel: PanelName) => wishes[panel] === 'open' && hasPanel(panel, screen);
  const place = (panel: PanelName): PanelPlace => {
    if (!hasPanel(panel, screen)) return 'off';
    const wish = wishes[panel];
    if (wish === 'closed') return 'off';
    if (wish === 'open') return room === 0 && !home ? 'overlay' : 'in';
    if (room === 2 || (home && panel === 'library')) return 'in';
    // Room for one: the library's, unless the editor opened the inspector into it.
    if (room === 1) return panel === 'library' && !opened(other(panel)) ? 'in' : 'off';
    return 'off';
  };
  return { library: place('library'), inspector: place('inspector') };
}

/** The editor shows or hides a panel: it changes to what they asked for now. A panel
 * the page does not have changes nothing (its wish waits for a page that has it). */
export function togglePanel(wishes: PanelWishes, panel: PanelName, room: Room, screen: Screen = 'article'): PanelWishes {
  if (!hasPanel(panel, screen)) return wishes;
  const show = layoutPanels(wishes, room, screen)[panel] === 'off';
  const asAuto = { ...wishes, [panel]: 'auto' as const };
  if ((layoutPanels(asAuto, room, screen)[panel] !== 'off') === show) return asAuto;
  const next = { ...wishes, [panel]: show ? ('open' as const) : ('closed' as const) };
  // Where there is no room for both, opening one puts away the other one opened before
  // (back to the width's choice), like switching between two tabs of one side column.
  if (show && room < 2 && next[other(panel)] === 'open') next[other(panel)] = 'auto';
  return next;
}

/** An overlay goes once it has served (an article was chosen in the library). */
export function dismissOverlay(wishes: PanelWishes, panel: PanelName, room: Room): PanelWishes {
  return layoutPanels(wishes, room)[panel] === 'overlay' ? { ...wishes, [panel]: 'auto' } : wishes;
}

const PANELS_KEY = 'qalam.panels';

/** The wishes kept in the page's storage. The panels belong to this screen, not to the
 * library file, so they live beside the window rather than in the settings; and being
 * read synchronously, the first paint already has the right layout. */
export function readPanels(storage: Pick<Storage, 'getItem'> | undefined): PanelWishes {
  const stored = readStored(storage, PANELS_KEY);
  const raw = (stored !== null && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const wish = (v: unknown): PanelWish => (v === 'open' || v === 'closed' ? v : 'auto');
  return { library: wish(raw.library), inspector: wish(raw.inspector) };
}

export function writePanels(storage: Pick<Storage, 'setItem'> | undefined, wishes: PanelWishes): void {
  writeStored(storage, PANELS_KEY, wishes);
}
