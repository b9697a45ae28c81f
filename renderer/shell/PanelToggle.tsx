// A top-bar button that shows or hides a side panel. It sits on its panel's side of the
// bar (the library's at the inline start, beside the name), says its panel's name in
// words, and is a toggle (aria-pressed: shown), with its shortcut in the tooltip and in
// aria-keyshortcuts for screen readers. On a page without its panel (the details in
// history and settings) it stays in its place and in the Tab order, but unavailable
// (aria-disabled, not disabled, so a keyboard or screen-reader user reaches it and hears
// why), with the reason as its description and tooltip.
import { ariaKeyShortcut, describeHotkey } from '../editor/commands/hotkeys';
import { useT } from '../i18n';
import type { PanelName } from './panels';
import { PANEL_HOTKEYS } from './usePanels';

interface Props {
  panel: PanelName;
  shown: boolean;
  available: boolean;
  onToggle(): void;
}

export function PanelToggle({ panel, shown, available, onToggle }: Props) {
  const tr = useT();
  const hotkey = PANEL_HOTKEYS[panel];
  const name = tr(panel === 'library' ? 'panelLibrary' : 'panelInspector');
  const hint = tr(panel === 'library' ? 'panelLibraryHint' : 'panelInspectorHint');
  const why = `qalam-${panel}-unavailable`;
  return (
    <button
      type="button"
      className={`quiet panel-toggle panel-toggle-${panel}`}
      data-qalam={`toggle-${panel}`}
      aria-pressed={shown}
      aria-disabled={available ? undefined : true}
      aria-describedby={available ? undefined : why}
      aria-keyshortcuts={available ? ariaKeyShortcut(hotkey) : undefined}
      title={available ? `${hint} (${describeHotkey(hotkey)})` : tr('panelInspectorAbsent')}
      onClick={available ? onToggle : undefined}
    >
      <PanelIcon panel={panel} shown={shown} />
      <span>{name}</span>
      {!available && (
        <span id={why} hidden>
          {tr('panelInspectorAbsent')}
        </span>
      )}
    </button>
  );
}

/** A window with its side column, filled while the panel is shown. Drawn for a
 * left-to-right page (the library's column on the left) and mirrored by app.css in a
 * right-to-left one, as the shell itself is. */
function PanelIcon({ panel, shown }: { panel: PanelName; shown: boolean }) {
  const x = panel === 'library' ? 1.5 : 11;
  return (
    <svg className="panel-icon" viewBox="0 0 18 14" width="18" height="14" aria-hidden="true" focusable="false">
      <rect x="0.75" y="0.75" width="16.5" height="12.5" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x={x} y="1.5" width="5.5" height="11" fill={shown ? 'currentColor' : 'none'} />
      <line x1={panel === 'library' ? 7 : 11} y1="1" x2={panel === 'library' ? 7 : 11} y2="13" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
