// The application menu in the UI language. Every command item runs the same id the
// toolbar and the shortcuts run (electron/common/menu-commands.ts); main handles the
// two that need a native dialog (MAIN_COMMANDS) and sends the rest to the page.
import type { MenuItemConstructorOptions } from 'electron';
import type { Lang } from '../common/errors';
import { DEFAULT_MENU_STATE, type MenuCommand, type MenuState } from '../common/menu-commands';
import type { Settings } from '../common/settings';
import { MAIN_COMMANDS, MENU, type MainCommand, type MenuEntry } from './menu-items';

export interface MenuOptions {
  lang: Lang;
  platform: NodeJS.Platform;
  settings: Pick<Settings, 'theme' | 'uiLanguage'>;
  /** What the page on screen offers (the page tells main; every item until it has). */
  page?: MenuState;
  /** Runs a command: main's own, or sent to the focused editor window. */
  run(command: MenuCommand | MainCommand): void;
}

export function isMainCommand(id: string): id is MainCommand {
  return (MAIN_COMMANDS as readonly string[]).includes(id);
}

function toItem(entry: MenuEntry, options: MenuOptions): MenuItemConstructorOptions {
  switch (entry.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'role':
      return {
        role: entry.role,
        label: entry.label[options.lang],
        ...(entry.accelerator ? { accelerator: entry.accelerator } : {}),
      };
    case 'submenu':
      return { id: entry.id, label: entry.label[options.lang], submenu: entry.items.map((e) => toItem(e, options)) };
    case 'command': {
      const item: MenuItemConstructorOptions = {
        id: entry.id,
        label: entry.label[options.lang],
        click: () => options.run(entry.id),
      };
      if (entry.accelerator) {
        item.accelerator = entry.accelerator;
        if (entry.editorKey) item.registerAccelerator = false;
      }
      if (entry.radio) {
        item.type = 'radio';
        item.checked = options.settings[entry.radio.setting] === entry.radio.value;
      }
      // Greyed out where the page has nothing for it (the details on history or settings),
      // as the page's own button is there. The key is the page's own either way (editorKey).
      if (entry.needs) item.enabled = (options.page ?? DEFAULT_MENU_STATE)[entry.needs];
      return item;
    }
  }
}

/** Electron's menu template; on macOS the app menu comes first, as the platform expects. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const template = MENU.map((entry) => toItem(entry, options));
  if (options.platform === 'darwin') {
    template.unshift({
      label: 'Qalam',
      submenu: [
        { role: 'about', label: options.lang === 'ar' ? 'حول قلم' : 'About Qalam' },
        { type: 'separator' },
        { role: 'hide', label: options.lang === 'ar' ? 'إخفاء قلم' : 'Hide Qalam' },
        { role: 'quit', label: options.lang === 'ar' ? 'إنهاء قلم' : 'Quit Qalam' },
      ],
    });
  }
  return template;
}

/** Every command id in a template, depth first (for tests and for checking coverage). */
export function commandIds(template: MenuItemConstructorOptions[]): string[] {
  const ids: string[] = [];
  const walk = (items: MenuItemConstructorOptions[]) => {
    for (const item of items) {
      if (item.click && item.id) ids.push(item.id);
      if (Array.isArray(item.submenu)) walk(item.submenu);
    }
  };
  walk(template);
  return ids;
}

export interface MenuModule {
  buildFromTemplate(template: MenuItemConstructorOptions[]): unknown;
  setApplicationMenu(menu: unknown): void;
}

/** Builds and installs the menu; call again when the language or theme setting changes. */
export function setupMenu(menu: MenuModule, options: MenuOptions): void {
  menu.setApplicationMenu(menu.buildFromTemplate(buildMenuTemplate(options)));
}
