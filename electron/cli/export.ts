import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { QalamError } from '../common/errors';
import type { Command } from './commands';
import type { CliContext } from './context';
import { outFileFor, say, str, withServices, writeOut } from './context';
import type { ExportRequest } from '../services/index';

const PAPERS = ['A4', 'A3', 'Letter', 'Tabloid'] as const;

function exportRequest(ctx: CliContext): ExportRequest {
  const format = str(ctx, 'format') ?? 'html';
  if (format !== 'html' && format !== 'pdf') throw new QalamError('bad_request', '--format: html | pdf');
  const paper = str(ctx, 'paper') ?? 'A4';
  if (!(PAPERS as readonly string[]).includes(paper)) throw new QalamError('bad_request', `--paper: ${PAPERS.join(' | ')}`);
  const columns = Number(str(ctx, 'columns') ?? '1');
  if (![1, 2, 3].includes(columns)) throw new QalamError('bad_request', '--columns: 1 | 2 | 3');
  const digits = str(ctx, 'digits') ?? 'arab';
  if (digits !== 'arab' && digits !== 'latn') throw new QalamError('bad_request', '--digits: arab | latn');
  if (ctx.values.fragment && format !== 'html') throw new QalamError('bad_request', '--fragment: html only');
  return {
    format,
    fragment: Boolean(ctx.values.fragment),
    paper: paper as ExportRequest['paper'],
    columns: columns as 1 | 2 | 3,
    digits,
  };
}

export const exportCommand: Command = {
  summary: { ar: 'تصدير مقال أو كل المقالات إلى HTML أو PDF', en: 'Export one article or all of them as HTML or PDF' },
  args: 'ID|--all --format html|pdf --out PATH',
  options: {
    all: { type: 'boolean' },
    format: { type: 'string' },
    out: { type: 'string' },
    fragment: { type: 'boolean' },
    paper: { type: 'string' },
    columns: { type: 'string' },
    digits: { type: 'string' },
  },
  async run(ctx) {
    const request = exportRequest(ctx);
    const outArg = str(ctx, 'out');
    if (!outArg) throw new QalamError('bad_request', say(ctx, 'يلزم --out', '--out is required'));
    const out = resolve(outArg);
    const id = ctx.positionals[0];
    if (!ctx.values.all && !id) throw new QalamError('bad_request', say(ctx, 'يلزم معرّف المقال أو ‎--all', 'an article id or --all is required'));
    const ext = request.format === 'pdf' ? 'pdf' : 'html';
    return withServices(ctx, async (s) => {
      if (!ctx.values.all) {
        await writeOut(out, await s.exportArticle(id!, request));
        ctx.out(out);
        return 0;
      }
      const existing = await stat(out).catch(() => null);
      if (existing && !existing.isDirectory()) throw new QalamError('bad_request', say(ctx, '‎--out مع ‎--all يجب أن يكون مجلدًا', '--out must be a folder with --all'));
      const list = await s.handlers['articles.list']({});
      for (const a of list) {
        const file = outFileFor(out, a.id, ext);
        await writeOut(file, await s.exportArticle(a.id, request));
        ctx.out(file);
      }
      return 0;
    });
  },
};
