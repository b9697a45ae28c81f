// Sync from a shell (DESIGN §6): one full pass, the open conflicts, their resolution,
// and `edit` — a new revision from a file, so scripts and tests can change an article
// the way an editor would.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { draftSchema, parseOrThrow } from '../common/document/schema';
import type { ArticleDraft } from '../common/document/types';
import { QalamError } from '../common/errors';
import { importFile } from '../services/import/index';
import { listConflicts, newerNotice, resolveConflict, syncOnce } from '../services/sync/index';
import type { Command } from './commands';
import { needId, say, str, withServices } from './context';

export const syncCommands: Record<string, Command> = {
  sync: {
    summary: { ar: 'مزامنة كاملة واحدة مع المجلد المشترك', en: 'One full sync pass with the shared folder' },
    args: '--share DIR',
    options: { share: { type: 'string' }, device: { type: 'string' }, user: { type: 'string' }, adopt: { type: 'boolean' } },
    async run(ctx) {
      const share = str(ctx, 'share');
      if (!share) throw new QalamError('bad_request', say(ctx, 'يلزم ‎--share', '--share is required'));
      const report = await withServices(ctx, (s) =>
        syncOnce({
          library: s.library,
          folder: resolve(share),
          device: { ...(str(ctx, 'device') ? { name: str(ctx, 'device') } : {}), ...(str(ctx, 'user') ? { user: str(ctx, 'user') } : {}) },
          adoptShare: Boolean(ctx.values.adopt),
        }),
      );
      if (ctx.values.json) {
        ctx.out(JSON.stringify(report, null, 2));
      } else {
        const ar = ctx.lang === 'ar';
        const line = (label: [string, string], part: { articles: string[]; revisions: number; assets: number }) =>
          ar
            ? `${label[0]}: ${part.articles.length} مقال، ${part.revisions} نسخة، ${part.assets} صورة`
            : `${label[1]}: ${part.articles.length} articles, ${part.revisions} revisions, ${part.assets} images`;
        ctx.out(line(['أُرسل', 'pushed'], report.pushed));
        ctx.out(line(['استُقبل', 'pulled'], report.pulled));
        for (const c of report.conflicts) ctx.out(say(ctx, `تعارض: ${c.articleId}`, `conflict: ${c.articleId}`));
        if (report.openConflicts) ctx.out(say(ctx, `تعارضات مفتوحة: ${report.openConflicts}`, `open conflicts: ${report.openConflicts}`));
        for (const f of report.skipped) ctx.out(say(ctx, `تُرك: ${f.path} (${f.reason})`, `skipped: ${f.path} (${f.reason})`));
        for (const f of report.failed) ctx.out(say(ctx, `لم يُكتب: ${f.path} (${f.reason})`, `not written: ${f.path} (${f.reason})`));
        for (const f of report.newer) ctx.out(say(ctx, `من إصدار أحدث: ${f.path} (${f.reason})`, `from a newer Qalam: ${f.path} (${f.reason})`));
        if (report.newer.length > 0) ctx.out(say(ctx, newerNotice('ar'), newerNotice('en')));
      }
      if (report.status !== 'ok') {
        ctx.err(`${ctx.lang === 'ar' ? 'قلم' : 'qalam'}: ${ctx.lang === 'ar' ? report.messageAr : report.message}`);
        return 1;
      }
      return 0;
    },
  },
  conflicts: {
    summary: { ar: 'التعارضات المفتوحة بين الأجهزة', en: 'Open conflicts between devices' },
    args: '',
    options: {},
    async run(ctx) {
      const conflicts = await withServices(ctx, (s) => listConflicts(s.library));
      if (ctx.values.json) ctx.out(JSON.stringify(conflicts, null, 2));
      else for (const c of conflicts) ctx.out(`${c.articleId}  ${c.mineHeadline}  ⇄  ${c.theirsHeadline}`);
      return 0;
    },
  },
  resolve: {
    summary: { ar: 'حسم تعارض بأخذ نسختي أو نسختهم', en: 'Settle a conflict by taking mine or theirs' },
    args: 'ID --take mine|theirs',
    options: { take: { type: 'string' } },
    async run(ctx) {
      const id = needId(ctx);
      const take = str(ctx, 'take');
      if (take !== 'mine' && take !== 'theirs') throw new QalamError('bad_request', '--take: mine | theirs');
      const article = await withServices(ctx, (s) => resolveConflict(s.library, id, { take }));
      ctx.out(article.revision);
      return 0;
    },
  },
  edit: {
    summary: { ar: 'نسخة جديدة لمقال من ملف (‎.txt أو ‎.html أو ‎.json)', en: 'A new revision of an article from a .txt, .html or .json file' },
    args: 'ID --from FILE',
    options: { from: { type: 'string' } },
    async run(ctx) {
      const id = needId(ctx);
      const from = str(ctx, 'from');
      if (!from) throw new QalamError('bad_request', say(ctx, 'يلزم ‎--from', '--from is required'));
      let bytes: Buffer;
      try {
        bytes = await readFile(resolve(from));
      } catch {
        throw new QalamError('file_not_found', from);
      }
      const article = await withServices(ctx, async (s) => {
        const draft = await draftFromFile(from, bytes, (data, mime) => s.library.putAsset(Buffer.from(data), mime).hash);
        return s.library.save({ id, ...draft, reason: 'snapshot' });
      });
      ctx.out(article.revision);
      return 0;
    },
  },
};

/** JSON is an Article or {meta?, body?}; other files go through the importers, and
 * only the header fields an importer finds replace the article's. */
async function draftFromFile(name: string, bytes: Buffer, putAsset: (data: Uint8Array, mime: string) => string): Promise<ArticleDraft> {
  if (/\.json$/i.test(name)) {
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString('utf8'));
    } catch (e) {
      throw new QalamError('invalid', `${basename(name)}: ${(e as Error).message}`);
    }
    const { meta, body } = (value ?? {}) as { meta?: Record<string, unknown>; body?: unknown };
    const { createdAt: _c, updatedAt: _u, ...editable } = meta ?? {};
    return parseOrThrow(draftSchema, { ...(meta ? { meta: editable } : {}), ...(body !== undefined ? { body } : {}) }) as ArticleDraft;
  }
  const imported = await importFile(basename(name), bytes, { putAsset });
  const meta = Object.fromEntries(Object.entries(imported.meta).filter(([, v]) => typeof v === 'string' && v !== ''));
  return { meta, body: imported.body };
}
