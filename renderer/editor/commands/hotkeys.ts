// Shortcut matching by physical key (event.code), not by the character produced:
// with an Arabic layout active, Ctrl+B yields "لا" as event.key, and Ctrl+Shift+7
// yields "&" on a US layout. "mod" is Cmd on macOS and Ctrl elsewhere.

export interface KeyEventLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function codeFor(key: string): string {
  if (/^[a-z]$/.test(key)) return `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return `Digit${key}`;
  return key; // Tab, Enter, …
}

/** `hotkey` like "mod+shift+7"; exact: every modifier not named must be up. */
export function matchesHotkey(hotkey: string, event: KeyEventLike, mac = isMac()): boolean {
  const parts = hotkey.toLowerCase().split('+');
  const key = parts.pop()!;
  const want = { mod: parts.includes('mod'), alt: parts.includes('alt'), shift: parts.includes('shift') };
  const mod = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (mod !== want.mod || otherMod || event.altKey !== want.alt || event.shiftKey !== want.shift) return false;
  const code = codeFor(key);
  if (event.code === code) return true;
  // Keyboards that report no code (some virtual ones) fall back to the character.
  return event.code === '' && event.key.toLowerCase() === key;
}

/** How a shortcut is written for a person: Ctrl+Shift+7 or ⌘⇧7. */
export function describeHotkey(hotkey: string, mac = isMac()): string {
  return hotkey
    .split('+')
    .map((p) =>
      p === 'mod' ? (mac ? '⌘' : 'Ctrl') : p === 'shift' ? (mac ? '⇧' : 'Shift') : p === 'alt' ? (mac ? '⌥' : 'Alt') : p.toUpperCase(),
    )
    .join(mac ? '' : '+');
}

/** The shortcut as aria-keyshortcuts writes it ("Control+Shift+L", "Meta+N"). */
export function ariaKeyShortcut(hotkey: string, mac = isMac()): string {
  return hotkey
    .split('+')
    .map((p) => (p === 'mod' ? (mac ? 'Meta' : 'Control') : p === 'shift' ? 'Shift' : p === 'alt' ? 'Alt' : p.toUpperCase()))
    .join('+');
}
