// Run the real CLI against a library, as the print desk's scripts would.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../../electron/common/document/types';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const QALAM = path.join(ROOT, 'electron', 'cli', 'qalam.mjs');

export function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [QALAM, ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** `qalam show ID --json --db PATH`: the article as stored. */
export async function qalamShow(id: string, dbPath: string): Promise<Article> {
  const { code, stdout, stderr } = await runCli(['show', id, '--json', '--db', dbPath]);
  if (code !== 0) throw new Error(`qalam show exited ${code}: ${stderr}`);
  return JSON.parse(stdout) as Article;
}
