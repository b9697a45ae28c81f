// A small in-memory stand-in for the services, enough to exercise the web host's
// transport (validation, auth, error mapping) without a database.
import { CHANNELS, type Handlers } from '../../../electron/common/contract';
import type { Article } from '../../../electron/common/document/types';
import { QalamError } from '../../../electron/common/errors';

/** One stored image: a PNG signature is enough for the transport. */
export const FAKE_ASSET = {
  hash: 'a'.repeat(64),
  mime: 'image/png',
  data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64'),
};

export function fakeHandlers(): Handlers & { calls: string[] } {
  const articles = new Map<string, Article>();
  const calls: string[] = [];
  let n = 0;
  const implemented: Partial<Handlers> = {
    'articles.create': (draft) => {
      const now = new Date().toISOString();
      const id = `01J${String(++n).padStart(23, '0')}`;
      const article: Article = {
        id,
        meta: {
          kicker: '', headline: '', standfirst: '', byline: '', section: '', tags: [], slug: '',
          status: 'draft', language: 'ar', createdAt: now, updatedAt: now, ...draft.meta,
        },
        body: draft.body ?? [{ type: 'paragraph', children: [{ text: '' }] }],
        revision: `r${n}`,
      };
      articles.set(id, article);
      return article;
    },
    'articles.get': ({ id }) => {
      const article = articles.get(id);
      if (!article) throw new QalamError('not_found', id);
      return article;
    },
    'articles.save': ({ id, meta, body }) => {
      const article = articles.get(id);
      if (!article) throw new QalamError('not_found', id);
      const saved: Article = { ...article, meta: { ...article.meta, ...meta } as Article['meta'], body: body ?? article.body };
      articles.set(id, saved);
      return saved;
    },
    'articles.list': () => [],
    'assets.get': ({ hash }) => {
      if (hash !== FAKE_ASSET.hash) throw new QalamError('asset_not_found', hash);
      return FAKE_ASSET;
    },
    'library.check': () => {
      throw new Error('disk on fire');
    },
  };
  const handlers = { calls } as unknown as Handlers & { calls: string[] };
  for (const channel of CHANNELS) {
    const impl = implemented[channel] as ((r: unknown) => unknown) | undefined;
    (handlers as unknown as Record<string, (r: unknown) => unknown>)[channel] = (request: unknown) => {
      calls.push(channel);
      if (!impl) throw new QalamError('internal', `${channel} is not in the fake`);
      return impl(request);
    };
  }
  return handlers;
}
