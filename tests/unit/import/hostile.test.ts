import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { HOSTILE_PAYLOADS, SCRIPT_CAPABLE } from '../../fixtures/hostile/index';
import { importHtml, sanitizeHtml, sanitizeToBody } from '../../../electron/services/import/index';
import { htmlToBlocks } from '../../../electron/common/import/html-to-blocks';
import { isSafeHref, validateBody } from '../../../electron/common/document/schema';
import { sniffImage } from '../../../electron/common/import/images';

/** Every string in the imported value, with where it was found. */
function strings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

function links(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => links(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.type === 'link') out.push(String(o.href));
    Object.values(o).forEach((v) => links(v, out));
  }
  return out;
}

test(`at least a few dozen hostile payloads are covered (${HOSTILE_PAYLOADS.length})`, () => {
  assert.ok(HOSTILE_PAYLOADS.length >= 40);
  assert.equal(new Set(HOSTILE_PAYLOADS.map((p) => p.name)).size, HOSTILE_PAYLOADS.length);
});

for (const payload of HOSTILE_PAYLOADS) {
  test(`hostile HTML leaves nothing script-capable in the model: ${payload.name}`, async () => {
    const stored: string[] = [];
    const putAsset = (bytes: Uint8Array, mime: string) => {
      // Only real raster images may reach the library.
      assert.equal(sniffImage(bytes), mime);
      const hash = createHash('sha256').update(bytes).digest('hex');
      stored.push(hash);
      return hash;
    };
    const check = (model: object) => {
      for (const href of links(model)) assert.ok(isSafeHref(href) && /^(https?|mailto):/i.test(href), href);
      const visible = strings(model).filter(([path]) => !path.endsWith('.type')).map(([, s]) => s);
      if (payload.text !== undefined) {
        assert.equal(visible.filter(Boolean).join(''), payload.text);
      } else {
        for (const s of visible) for (const pattern of SCRIPT_CAPABLE) assert.doesNotMatch(s, pattern, `${payload.name}: ${s}`);
      }
    };
    // As pasted into the body (nothing of the page is dropped as chrome)…
    const pasted = htmlToBlocks(sanitizeToBody(payload.html), { putAsset });
    validateBody(pasted);
    check(pasted);
    // …and as a file (the whole-page path, with meta).
    try {
      const { meta, body } = await importHtml(payload.html, { putAsset });
      validateBody(body);
      check({ meta, body });
    } catch (e) {
      // Nothing readable left is an acceptable outcome for a pure attack.
      assert.equal((e as { code?: string }).code, 'empty_import');
    }
    assert.equal(stored.length, 0, 'none of these payloads holds a real image');
  });
}

test('forged data-qalam attributes are removed, not trusted', async () => {
  const { body, meta } = await importHtml('<p>عنوان</p><p data-qalam-hidden="1">يبقى ظاهرًا</p><p data-qalam-list="l0 level1 lfo1"><span data-qalam-ignore="1">x</span>نص</p>');
  const all = [meta.headline, meta.standfirst, ...strings(body).map(([, s]) => s)].join(' ');
  assert.match(all, /يبقى ظاهرًا/);
  assert.match(all, /xنص/);
  assert.ok(!body.some((b) => b.type === 'bulleted-list' || b.type === 'numbered-list'));
});

test('sanitizeHtml keeps the allowed structure and drops handlers, styles and scripts', () => {
  const out = sanitizeHtml('<p dir="rtl" style="color:red" onclick="x()"><b>نص</b><script>x()</script><a href="javascript:x()">ر</a></p>');
  assert.equal(out, '<p dir="rtl"><b>نص</b><a>ر</a></p>');
});
