// The `qalam` command: the same services as the app, for print-desk scripts, batch
// jobs and tests. Every command goes through the contract's handlers, so the CLI
// exercises exactly what the renderer calls.
import { parseArgs } from 'node:util';
import type { Lang } from '../common/errors';
import { describeError, QalamError, toErrorInfo } from '../common/errors';
import { COMMANDS, usage } from './commands';
import type { CliContext } from './context';

const GLOBAL_OPTIONS = {
  db: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function langOf(argv: string[], env: NodeJS.ProcessEnv): Lang {
  const i = argv.indexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  if (value === 'en' || value === 'ar') return value;
  return env.QALAM_LANG === 'en' ? 'en' : 'ar';
}

export async function main(argv: string[], io: Pick<CliContext, 'out' | 'err' | 'env'> = defaultIo()): Promise<number> {
  const lang = langOf(argv, io.env);
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command || name === '--help' || name === '-h') {
    io.out(usage(lang));
    return name && name !== '--help' && name !== '-h' ? 2 : 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.err(`${lang === 'ar' ? 'قلم' : 'qalam'}: ${describeError({ code: 'bad_request', detail: (e as Error).message }, lang)}`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(usage(lang, name));
    return 0;
  }
  const ctx: CliContext = { ...io, lang, values: parsed.values as Record<string, unknown>, positionals: parsed.positionals };
  try {
    return await command.run(ctx);
  } catch (e) {
    const info = toErrorInfo(e);
    io.err(`${lang === 'ar' ? 'قلم' : 'qalam'}: ${describeError(info, lang)}`);
    if (!(e instanceof QalamError) && io.env.QALAM_DEBUG) io.err(String((e as Error).stack));
    return 1;
  }
}

function defaultIo(): Pick<CliContext, 'out' | 'err' | 'env'> {
  return {
    out: (line: string) => process.stdout.write(line.endsWith('\n') ? line : `${line}\n`),
    err: (line: string) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`),
    env: process.env,
  };
}
