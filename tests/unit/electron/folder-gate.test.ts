// In the desktop app a batch export goes only into a folder the person chose in the
// native dialog this session; any other folder the page names is refused before a file
// is written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isQalamError } from '../../../electron/common/errors';
import { withFolderGate } from '../../../electron/main/folder-gate';
import { ARTICLE_ID, recordingHandlers } from './fakes';

const batch = (folder: string) => ({ ids: [ARTICLE_ID], folder, format: 'html' as const });

test('a folder chosen in the dialog is written to; any other is refused with a clear error', async () => {
  const { handlers, calls } = recordingHandlers();
  const answers: (string | undefined)[] = ['/home/fatima/تصدير', undefined];
  const gated = withFolderGate(handlers, { chooseFolder: async () => answers.shift() });

  await assert.rejects(async () => gated['export.batch'](batch('/home/fatima/.config/autostart')), (e: unknown) => isQalamError(e) && e.code === 'folder_not_picked');
  assert.equal(calls.length, 0, 'nothing reached the exporter');

  assert.deepEqual(await gated['export.pickFolder'](undefined), { native: true, folder: '/home/fatima/تصدير' });
  await gated['export.batch'](batch('/home/fatima/تصدير/'));
  assert.deepEqual(
    calls.map((c: { channel: string; request: unknown }) => [c.channel, (c.request as { folder: string }).folder]),
    [['export.batch', '/home/fatima/تصدير/']],
  );
  // A folder inside the chosen one was not chosen.
  await assert.rejects(async () => gated['export.batch'](batch('/home/fatima/تصدير/../.ssh')), (e: unknown) => isQalamError(e) && e.code === 'folder_not_picked');

  // Cancelling the dialog chooses nothing.
  assert.deepEqual(await gated['export.pickFolder'](undefined), { native: true, folder: null });
});
