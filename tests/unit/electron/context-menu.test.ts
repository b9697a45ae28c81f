import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MenuItemConstructorOptions } from 'electron';
import { buildContextMenuTemplate, type ContextParams } from '../../../electron/main/context-menu';

const editable = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canUndo: true, canRedo: true, canDelete: true, canEditRichly: true };

function params(extra: Partial<ContextParams>): ContextParams {
  return { isEditable: true, editFlags: editable, selectionText: '', linkURL: '', ...extra };
}

function recorder() {
  const done: string[] = [];
  return {
    done,
    actions: {
      openLink: (u: string) => done.push(`open:${u}`),
    },
  };
}

const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

test('in an editable field: the editing roles in Arabic, and no spelling items (the editor has its own)', () => {
  const { actions } = recorder();
  const items = buildContextMenuTemplate(params({}), 'ar', actions);
  assert.deepEqual(items.filter((i) => i.type !== 'separator').map((i) => i.label), ['قص', 'نسخ', 'لصق', 'تحديد الكل']);
  assert.ok(items.every((i) => i.role || i.type === 'separator'));
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
