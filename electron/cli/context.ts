import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Lang } from '../common/errors';
import { QalamError } from '../common/errors';
import { progressPrinter } from '../common/migration-progress';
import { defaultDbPath } from '../services/paths';
import type { Services } from '../services/index';
import { createServices } from '../services/index';

export interface CliContext {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  lang: Lang;
  values: Record<string, unknown>;
  positionals: string[];
}

export function dbPathOf(ctx: CliContext): string {
  const db = ctx.values.db;
  return typeof db === 'string' && db ? db : defaultDbPath(ctx.env);
}

/** Open the library for one command and always close it, so the WAL is checkpointed. */
export async function withServices<T>(ctx: CliContext, fn: (services: Services) => T | Promise<T>): Promise<T> {
  // An update's migration of a big library takes a minute or two: say how far it is.
  const services = await createServices({ dbPath: dbPathOf(ctx), onMigrationProgress: progressPrinter(ctx.lang, ctx.err) });
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}

export function str(ctx: CliContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function say(ctx: CliContext, ar: string, en: string): string {
  return ctx.lang === 'ar' ? ar : en;
}

export async function writeOut(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}

/** Files for a batch are named by article id: no path on disk is built from user text. */
export function outFileFor(dir: string, id: string, ext: string): string {
  return join(dir, `${id}.${ext}`);
}

/** The article id a command names as its first argument. */
export function needId(ctx: CliContext): string {
  const id = ctx.positionals[0];
  if (!id) throw new QalamError('bad_request', say(ctx, 'يلزم معرّف المقال', 'an article id is required'));
  return id;
}
