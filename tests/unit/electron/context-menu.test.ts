import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MenuItemConstructorOptions } from 'electron';
import { buildContextMenuTemplate, type ContextParams } from '../../../electron/main/context-menu';

const editable = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true, canDelete: true, canEditRichly: true };

function params(extra: Partial<ContextParams>): ContextParams {
  return { misspelledWord: '', dictionarySuggestions: [], isEditable: true, editFlags: editable, selectionText: '', linkURL: '', ...extra };
}

function recorder() {
  const done: string[] = [];
  return {
    done,
    actions: {
      replaceMisspelling: (w: string) => done.push(`replace:${w}`),
      addToDictionary: (w: string) => done.push(`add:${w}`),
      openLink: (u: string) => done.push(`open:${u}`),
    },
  };
}

const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

test('a misspelt word offers its suggestions first, then “add to dictionary”, in Arabic', () => {
  const { done, actions } = recorder();
  const items = buildContextMenuTemplate(params({ misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] }), 'ar', actions);
  assert.deepEqual(items.slice(0, 2).map((i) => i.label), ['receive', 'relieve']);
  click(items[0]);
  const add = items.find((i) => i.label === 'أضف إلى القاموس');
  click(add);
  assert.deepEqual(done, ['replace:receive', 'add:recieve']);
  assert.deepEqual(items.filter((i) => i.role).map((i) => i.label), ['قص', 'نسخ', 'لصق', 'تحديد الكل']);
});

test('a misspelt word without suggestions says so and can still be added', () => {
  const { actions } = recorder();
  const items = buildContextMenuTemplate(params({ misspelledWord: 'Qalamist' }), 'en', actions);
  assert.equal(items[0]!.label, 'No suggestions');
  assert.equal(items[0]!.enabled, false);
  assert.ok(items.some((i) => i.label === 'Add to dictionary'));
});

test('editing roles follow what Chromium says is possible here', () => {
  const { actions } = recorder();
  const items = buildContextMenuTemplate(params({ editFlags: { ...editable, canCut: false, canPaste: false } }), 'en', actions);
  const byRole = Object.fromEntries(items.filter((i) => i.role).map((i) => [i.role, i.enabled]));
  assert.deepEqual(byRole, { cut: false, copy: true, paste: false, selectAll: true });
});

test('outside the editor: copy for a selection, nothing at all for a plain click', () => {
  const { actions } = recorder();
  assert.deepEqual(buildContextMenuTemplate(params({ isEditable: false }), 'ar', actions), []);
  const items = buildContextMenuTemplate(params({ isEditable: false, selectionText: 'الجيش' }), 'ar', actions);
  assert.deepEqual(items.map((i) => i.role), ['copy']);
});

test('a web link can be opened in the browser; a javascript: or file: link cannot', () => {
  const { done, actions } = recorder();
  const items = buildContextMenuTemplate(params({ isEditable: false, linkURL: 'https://example.com/' }), 'ar', actions);
  click(items.find((i) => i.label === 'فتح الرابط في المتصفح'));
  assert.deepEqual(done, ['open:https://example.com/']);
  for (const linkURL of ['javascript:alert(1)', 'file:///etc/passwd']) {
    assert.deepEqual(buildContextMenuTemplate(params({ isEditable: false, linkURL }), 'ar', actions), [], linkURL);
  }
});
