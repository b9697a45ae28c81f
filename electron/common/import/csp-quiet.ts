// Pasted HTML made quiet for the page's Content-Security-Policy before the renderer's
// DOMPurify parses it. Chromium checks the page's CSP in every document the page makes,
// DOMParser's inert one included (tested: DOMParser, createHTMLDocument, <template> and
// Document.parseHTMLUnsafe all report), so each style attribute, inline handler and
// <style> of a Word or web paste logged a CSP violation, blocked but noisy, hiding real
// CSP problems. parse5 (the WHATWG parsing algorithm in plain JS, what jsdom parses with
// for file import) reads the HTML without any document; then:
// - style attributes move to STYLE_CARRIER, which the import hook reads instead (Word's
//   lists and bold-by-style still need them) and DOMPurify then drops like any data-*;
// - on* handlers and <style> elements go (even an empty <style> reports): DOMPurify
//   would remove them anyway (handlers are outside ALLOWED_ATTR, <style> is dropped
//   with its content).
// DOMPurify still parses and sanitizes the result itself, so nothing is trusted here.
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

/** Where a quieted element's style attribute waits for the import hook. */
export const STYLE_CARRIER = 'data-qalam-style';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];
type Element = DefaultTreeAdapterMap['element'];
type Template = DefaultTreeAdapterMap['template'];

const isElement = (n: ChildNode): n is Element => 'tagName' in n;

function quietElement(el: Element): void {
  const attrs: Element['attrs'] = [];
  for (const a of el.attrs) {
    const name = a.name.toLowerCase();
    // An incoming carrier would pass for a style the person pasted: it goes.
    if (name.startsWith('on') || name === STYLE_CARRIER) continue;
    attrs.push(name === 'style' && !a.namespace ? { name: STYLE_CARRIER, value: a.value } : a);
  }
  el.attrs = attrs;
}

function quietTree(parent: ParentNode): void {
  parent.childNodes = parent.childNodes.filter((n) => !(isElement(n) && n.tagName === 'style'));
  for (const child of parent.childNodes) {
    if (!isElement(child)) continue;
    quietElement(child);
    quietTree(child);
    if (child.tagName === 'template' && 'content' in child) quietTree((child as Template).content);
  }
}

/** The same HTML, parsed as a browser would (scripting off, as in DOMParser's document)
 * and written back without anything the page's CSP would report when parsed again. */
export function quietForCsp(html: string): string {
  const doc = parse(html, { scriptingEnabled: false });
  quietTree(doc);
  return serialize(doc);
}
