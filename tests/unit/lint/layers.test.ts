// The layer rules of eslint.config.js, checked on code that breaks them: if a rule is
// dropped or loosened, these fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

async function refused(code: string, filePath: string): Promise<boolean> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

test('electron/common may not import Node, electron or native modules', async () => {
  assert.equal(await refused("import fs from 'node:fs';\nexport const x = fs;\n", 'electron/common/x.ts'), true);
  assert.equal(await refused("import { app } from 'electron';\nexport const x = app;\n", 'electron/common/x.ts'), true);
  assert.equal(await refused("import D from 'better-sqlite3';\nexport const x = D;\n", 'electron/common/x.ts'), true);
  assert.equal(await refused("import { z } from 'zod';\nexport const x = z;\n", 'electron/common/x.ts'), false);
});

test('electron/services may use Node but never electron', async () => {
  assert.equal(await refused("import { app } from 'electron';\nexport const x = app;\n", 'electron/services/x.ts'), true);
  assert.equal(await refused("import fs from 'node:fs';\nexport const x = fs;\n", 'electron/services/x.ts'), false);
});

test('the renderer may not import Node or the services', async () => {
  assert.equal(await refused("import fs from 'node:fs';\nexport const x = fs;\n", 'renderer/x.ts'), true);
  assert.equal(await refused("import { openLibrary } from '../electron/services/store/index';\nexport const x = openLibrary;\n", 'renderer/x.ts'), true);
  assert.equal(await refused("import { normalizeForSearch } from '../electron/common/arabic/normalize';\nexport const x = normalizeForSearch;\n", 'renderer/x.ts'), false);
});
