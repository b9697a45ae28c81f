import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MenuItemConstructorOptions } from 'electron';
import { APP_MENU_COMMANDS, EDITOR_MENU_COMMANDS, isMenuCommand } from '../../../electron/common/menu-commands';
import { buildMenuTemplate, commandIds, isMainCommand, type MenuOptions } from '../../../electron/main/menu';
import { COMMANDS_BY_NAME } from '../../../renderer/editor/commands/registry';

function template(lang: 'ar' | 'en', extra: Partial<MenuOptions> = {}) {
  const ran: string[] = [];
  const items = buildMenuTemplate({
    lang,
    platform: 'linux',
    settings: { theme: 'dark', uiLanguage: lang },
    run: (command) => ran.push(command),
    ...extra,
  });
  return { items, ran };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

const ARABIC = /[\u0600-\u06ff]/;

test('the menu bar reads ملف، تحرير، تنسيق، عرض، مساعدة in Arabic and File … Help in English', () => {
  assert.deepEqual(template('ar').items.map((i) => i.label), ['ملف', 'تحرير', 'تنسيق', 'عرض', 'مساعدة']);
  assert.deepEqual(template('en').items.map((i) => i.label?.replace('&', '')), ['File', 'Edit', 'Format', 'View', 'Help']);
});

test('both languages carry the same items with the same ids, in the same order', () => {
  const ar = flatten(template('ar').items);
  const en = flatten(template('en').items);
  assert.deepEqual(ar.map((i) => i.id ?? i.role ?? i.type), en.map((i) => i.id ?? i.role ?? i.type));
  assert.deepEqual(commandIds(template('ar').items), commandIds(template('en').items));
});

test('every visible Arabic label is Arabic', () => {
  for (const item of flatten(template('ar').items)) {
    if (item.type === 'separator') continue;
    assert.match(item.label ?? '', ARABIC, `${item.id ?? item.role}: ${item.label}`);
  }
});

test('the File, Edit, Format and View menus hold what the newsroom needs', () => {
  const ids = (index: number) => commandIds([template('en').items[index]!]);
  const roles = (index: number) => flatten([template('en').items[index]!]).map((i) => i.role).filter(Boolean);
  assert.deepEqual(ids(0), ['article.new', 'file.open', 'article.saveRevision', 'article.export', 'export.html', 'export.pdf', 'file.print', 'file.backup']);
  assert.deepEqual(ids(1), ['undo', 'redo', 'find', 'replace', 'tidy-text']);
  assert.deepEqual(roles(1), ['cut', 'copy', 'paste', 'selectAll']);
  assert.deepEqual(ids(2), ['bold', 'italic', 'underline', 'heading-2', 'heading-3', 'paragraph', 'bulleted-list', 'numbered-list', 'link']);
  assert.deepEqual(ids(3), ['view.library', 'view.panel.library', 'view.panel.inspector', 'view.theme.light', 'view.theme.dark', 'view.theme.system', 'view.language.ar', 'view.language.en']);
  assert.deepEqual(roles(3), ['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
});

test('a click runs the item’s own id, the one the toolbar and shortcut run', () => {
  const { items, ran } = template('ar');
  const all = flatten(items).filter((i) => i.click && i.id);
  for (const item of all) (item.click as () => void)();
  assert.deepEqual(ran, all.map((i) => i.id));
  for (const id of ran) assert.ok(isMenuCommand(id) || isMainCommand(id), id);
});

test('editor commands are named as in the editor’s registry, so the menu runs the same command', () => {
  for (const name of EDITOR_MENU_COMMANDS) assert.ok(COMMANDS_BY_NAME.has(name), `${name} is not an editor command`);
  for (const name of APP_MENU_COMMANDS) assert.equal(COMMANDS_BY_NAME.has(name), false, name);
});

test('keys the editor handles itself are shown but not grabbed by the menu; the others are', () => {
  const items = flatten(template('en').items);
  const bold = items.find((i) => i.id === 'bold')!;
  assert.equal(bold.accelerator, 'CmdOrCtrl+B');
  assert.equal(bold.registerAccelerator, false);
  const open = items.find((i) => i.id === 'file.open')!;
  assert.equal(open.accelerator, 'CmdOrCtrl+O');
  assert.notEqual(open.registerAccelerator, false);
});

test('theme and language choices are radio items checked from the settings', () => {
  const items = flatten(template('ar').items);
  const checked = items.filter((i) => i.type === 'radio' && i.checked).map((i) => i.id);
  assert.deepEqual(checked, ['view.theme.dark', 'view.language.ar']);
});

test('on macOS the application menu comes first; the rest is unchanged', () => {
  const mac = template('ar', { platform: 'darwin' }).items;
  assert.equal(mac[0]!.label, 'Qalam');
  assert.deepEqual(mac.slice(1).map((i) => i.label), ['ملف', 'تحرير', 'تنسيق', 'عرض', 'مساعدة']);
});

test('View › details is greyed out on a page without details and offered beside an open article; nothing else follows the page', () => {
  const enabledness = (page?: { details: boolean }) =>
    flatten(template('ar', page ? { page } : {}).items)
      .filter((i) => i.enabled !== undefined)
      .map((i) => [i.id, i.enabled]);
  assert.deepEqual(enabledness({ details: false }), [['view.panel.inspector', false]]);
  assert.deepEqual(enabledness({ details: true }), [['view.panel.inspector', true]]);
  assert.deepEqual(enabledness(), [['view.panel.inspector', true]], 'before the page has said, it is offered as before');
  // Greyed out, its key still belongs to the page (which leaves the choice alone there).
  const details = flatten(template('en', { page: { details: false } }).items).find((i) => i.id === 'view.panel.inspector')!;
  assert.equal(details.accelerator, 'CmdOrCtrl+Shift+D');
  assert.equal(details.registerAccelerator, false);
});
