// The spelling channels as the editor's SpellingApi: one object per client, so the body
// and the header fields share one cache of verdicts (and what was ignored).
import type { Client } from '../api';
import type { SpellingApi } from '../editor/spelling/cache';

const apis = new WeakMap<Client, SpellingApi>();

export function spellingApi(client: Client): SpellingApi {
  let api = apis.get(client);
  if (!api) {
    api = {
      check: async (words) => (await client.api.spelling.check({ words })).misspelled,
      suggest: async (word) => (await client.api.spelling.suggest({ word })).suggestions,
      add: async (word) => void (await client.api.spelling.add({ word })),
    };
    apis.set(client, api);
  }
  return api;
}
