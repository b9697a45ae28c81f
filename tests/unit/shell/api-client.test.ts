import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { ApiError, apiFromBridge, createHttpBridge, setMessageLanguage } from '../../../renderer/api';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
  setMessageLanguage('ar');
});

function fakeFetch(reply: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const seen: { url: string; init: RequestInit }[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return reply(url, init);
  }) as typeof fetch;
  return seen;
}

test('each channel posts its request as JSON to /api/<channel> with the token', async () => {
  const seen = fakeFetch(() => Response.json({ ok: true, value: { id: 'x' } }));
  const api = apiFromBridge(createHttpBridge('سر-التشغيل'));
  const value = await api.articles.get({ id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' });
  assert.deepEqual(value, { id: 'x' });
  assert.equal(seen[0]!.url, '/api/articles.get');
  assert.equal(seen[0]!.init.method, 'POST');
  assert.equal((seen[0]!.init.headers as Record<string, string>)['X-Qalam-Token'], 'سر-التشغيل');
  assert.equal(seen[0]!.init.body, JSON.stringify({ id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }));
  await api.settings.get(undefined);
  assert.equal(seen[1]!.init.body, '', 'a channel without a request sends an empty body');
});

test('an error Result becomes a thrown ApiError with the message in the UI language', async () => {
  fakeFetch(() => Response.json({ ok: false, error: { code: 'not_found', detail: '01ARZ3NDEKTSV4RRFFQ69G5FAV' } }, { status: 404 }));
  const api = apiFromBridge(createHttpBridge('t'));
  const error = await api.articles.get({ id: '01ARZ3NDEKTSV4RRFFQ69G5FAV' }).then(
    () => assert.fail('should throw'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ApiError);
  assert.deepEqual(error.info, { code: 'not_found', detail: '01ARZ3NDEKTSV4RRFFQ69G5FAV' });
  assert.equal(error.message, 'لم يُعثر على المقال: 01ARZ3NDEKTSV4RRFFQ69G5FAV');
  assert.equal(error.describe('en'), 'Article not found: 01ARZ3NDEKTSV4RRFFQ69G5FAV');
});

test('a host that cannot be reached, or answers garbage, is an error value too', async () => {
  setMessageLanguage('en');
  fakeFetch(() => {
    throw new TypeError('Failed to fetch');
  });
  const api = apiFromBridge(createHttpBridge('t'));
  await assert.rejects(api.articles.list({}), (e: unknown) => e instanceof ApiError && e.info.code === 'io' && /Could not read or write/.test(e.message));
  fakeFetch(() => new Response('<html>proxy error</html>', { status: 502 }));
  await assert.rejects(api.articles.list({}), (e: unknown) => e instanceof ApiError && e.info.code === 'internal' && e.info.detail === 'HTTP 502');
});
