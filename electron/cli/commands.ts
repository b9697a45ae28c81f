import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Lang } from '../common/errors';
import { QalamError } from '../common/errors';
import type { Status } from '../common/document/types';
import { STATUSES } from '../common/document/types';
import { articleToText } from '../common/serialize/text';
import type { CliContext } from './context';
import { dbPathOf, needId, say, str, withServices } from './context';
import { exportCommand } from './export';
import { syncCommands } from './sync';

type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };

export interface Command {
  summary: { ar: string; en: string };
  args: string;
  options: Record<string, OptionSpec>;
  run(ctx: CliContext): Promise<number>;
}

const STATUS_AR: Record<Status, string> = {
  draft: 'مسودة',
  editing: 'قيد التحرير',
  ready: 'جاهز',
  published: 'منشور',
  archived: 'مؤرشف',
};

function needOut(ctx: CliContext): string {
  const out = str(ctx, 'out');
  if (!out) throw new QalamError('bad_request', say(ctx, 'يلزم --out', '--out is required'));
  return out;
}

function json(ctx: CliContext, value: unknown): void {
  ctx.out(JSON.stringify(value, null, 2));
}

export const COMMANDS: Record<string, Command> = {
  import: {
    summary: { ar: 'استيراد ملف (‎.txt أو ‎.html أو ‎.docx) مقالًا جديدًا؛ يطبع معرّفه', en: 'Import a .txt, .html or .docx file as a new article; prints its id' },
    args: 'FILE',
    options: {},
    async run(ctx) {
      const file = ctx.positionals[0];
      if (!file) throw new QalamError('bad_request', say(ctx, 'يلزم اسم الملف', 'a file is required'));
      let bytes: Buffer;
      try {
        bytes = await readFile(resolve(file));
      } catch {
        throw new QalamError('file_not_found', file);
      }
      const article = await withServices(ctx, (s) =>
        s.handlers['import.file']({ name: basename(file), data: bytes.toString('base64') }),
      );
      if (ctx.values.json) json(ctx, article);
      ctx.out(article.id);
      return 0;
    },
  },
  list: {
    summary: { ar: 'سرد المقالات أو البحث فيها', en: 'List or search articles' },
    args: '',
    options: { search: { type: 'string' }, status: { type: 'string' }, section: { type: 'string' }, tag: { type: 'string' }, trashed: { type: 'boolean' } },
    async run(ctx) {
      const status = str(ctx, 'status');
      if (status && !(STATUSES as readonly string[]).includes(status)) {
        throw new QalamError('bad_request', `--status: ${STATUSES.join(' | ')}`);
      }
      const query = str(ctx, 'search');
      return withServices(ctx, async (s) => {
        if (query !== undefined) {
          const hits = await s.handlers['articles.search']({ query });
          const filtered = status ? hits.filter((h) => h.status === status) : hits;
          if (ctx.values.json) json(ctx, filtered);
          else for (const h of filtered) ctx.out(`${h.id}  ${statusName(h.status, ctx.lang)}  ${h.headline}\n    ${h.snippet.map((p) => (p.match ? `«${p.text}»` : p.text)).join('')}`);
          return 0;
        }
        const list = await s.handlers['articles.list']({
          ...(status ? { status: status as Status } : {}),
          ...(str(ctx, 'section') ? { section: str(ctx, 'section') } : {}),
          ...(str(ctx, 'tag') ? { tag: str(ctx, 'tag') } : {}),
          ...(ctx.values.trashed ? { trashed: true } : {}),
        });
        if (ctx.values.json) json(ctx, list);
        else for (const a of list) ctx.out(`${a.id}  ${statusName(a.status, ctx.lang)}  ${[a.kicker, a.headline].filter(Boolean).join(': ')}`);
        return 0;
      });
    },
  },
  show: {
    summary: { ar: 'عرض مقال (‎--json: المقال كاملًا)', en: 'Show an article (--json: the whole Article)' },
    args: 'ID',
    options: {},
    async run(ctx) {
      const id = needId(ctx);
      const article = await withServices(ctx, (s) => s.handlers['articles.get']({ id }));
      if (ctx.values.json) json(ctx, article);
      else ctx.out(`${statusName(article.meta.status, ctx.lang)} · ${article.id}\n\n${articleToText(article)}`);
      return 0;
    },
  },
  export: exportCommand,
  ...syncCommands,
  backup: {
    summary: { ar: 'نسخة احتياطية من المكتبة إلى ملف', en: 'Back up the library to a file' },
    args: '--out FILE',
    options: { out: { type: 'string' } },
    async run(ctx) {
      const out = resolve(needOut(ctx));
      const info = await withServices(ctx, (s) => s.library.backup(out));
      if (ctx.values.json) json(ctx, info);
      else ctx.out(say(ctx, `حُفظت النسخة الاحتياطية: ${info.path}`, `Backup written: ${info.path}`));
      return 0;
    },
  },
  restore: {
    summary: { ar: 'استعادة المكتبة من نسخة احتياطية (تُحفظ نسخة من الحالية أولًا)', en: 'Restore the library from a backup (the current one is kept aside first)' },
    args: 'BACKUP_FILE',
    options: {},
    async run(ctx) {
      const from = ctx.positionals[0];
      if (!from) throw new QalamError('bad_request', say(ctx, 'يلزم ملف النسخة الاحتياطية', 'a backup file is required'));
      await withServices(ctx, (s) => s.library.restoreFromBackup(resolve(from)));
      ctx.out(say(ctx, 'استُعيدت المكتبة', 'Library restored'));
      return 0;
    },
  },
  check: {
    summary: { ar: 'فحص سلامة المكتبة', en: 'Check the library' },
    args: '',
    options: {},
    async run(ctx) {
      const result = await withServices(ctx, (s) => s.handlers['library.check'](undefined));
      if (ctx.values.json) json(ctx, result);
      else {
        ctx.out(result.ok ? say(ctx, `المكتبة سليمة: ${dbPathOf(ctx)}`, `Library OK: ${dbPathOf(ctx)}`) : say(ctx, 'المكتبة فيها مشكلات:', 'The library has problems:'));
        for (const m of result.messages) ctx.out(`  ${m}`);
      }
      return result.ok ? 0 : 1;
    },
  },
};

function statusName(status: Status, lang: Lang): string {
  return lang === 'ar' ? STATUS_AR[status] : status;
}

export function usage(lang: Lang, only?: string): string {
  const lines = [lang === 'ar' ? 'قلم — محطة التحرير العربية' : 'Qalam — the Arabic editorial workstation', ''];
  lines.push(lang === 'ar' ? 'الاستعمال: qalam <أمر> [خيارات] [--db PATH] [--lang ar|en] [--json]' : 'Usage: qalam <command> [options] [--db PATH] [--lang ar|en] [--json]', '');
  for (const [name, c] of Object.entries(COMMANDS)) {
    if (only && only !== name) continue;
    const opts = Object.keys(c.options).map((o) => `--${o}`).join(' ');
    lines.push(`  qalam ${name} ${c.args} ${opts}`.trimEnd(), `      ${c.summary[lang]}`);
  }
  return lines.join('\n');
}
