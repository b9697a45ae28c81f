// The DOMPurify set-up every host shares: services run it on jsdom for file import,
// the renderer on its own DOM for paste. Styles never survive sanitizing; the few things
// the converter needs from them (Word's list paragraphs, bold/italic/underline set by
// style, hidden text) are read first and turned into data-qalam-* attributes, which the
// converter trusts only because this hook removes any that came in with the input.
import type { Config, DOMPurify } from 'dompurify';

export const ALLOWED_TAGS = [
  'article', 'main', 'section', 'header', 'footer', 'aside', 'div', 'span', 'p', 'br', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q',
  'pre', 'code', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'figure', 'figcaption', 'picture', 'img', 'a', 'b', 'strong', 'i', 'em', 'u', 'ins', 's',
  'del', 'strike', 'sub', 'sup', 'small', 'big', 'mark', 'cite', 'abbr', 'time', 'font',
  'center', 'address', 'details', 'summary', 'hgroup',
];

export const ALLOWED_ATTR = [
  'href', 'src', 'alt', 'dir', 'class', 'colspan', 'rowspan',
  'data-qalam-fmt', 'data-qalam-list', 'data-qalam-ignore', 'data-qalam-hidden',
];

/** Elements dropped together with everything inside them (DOMPurify's own list is kept). */
const DROP_WITH_CONTENT = [
  'nav', 'form', 'button', 'select', 'option', 'textarea', 'input', 'object', 'embed',
  'applet', 'canvas', 'map', 'dialog', 'frameset', 'frame', 'iframe', 'noscript', 'noembed',
  'noframes', 'script', 'style', 'template', 'svg', 'math', 'audio', 'video', 'head', 'title',
  'xmp', 'plaintext', 'meta', 'link', 'base',
];

/** Addresses kept on href/src: http(s), mailto, Qalam's own `asset:<hash>` and relative
 * ones (the converter then allows links to http, https and mailto only). data: images
 * pass through DOMPurify's own rule for <img>. */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto|asset):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

export const PURIFY_CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_URI_REGEXP,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ADD_FORBID_CONTENTS: DROP_WITH_CONTENT,
  KEEP_CONTENT: true,
} satisfies Config;

const QALAM_ATTRS = ['data-qalam-fmt', 'data-qalam-list', 'data-qalam-ignore', 'data-qalam-hidden'];

function readStyle(style: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) out.set(decl.slice(0, i).trim().toLowerCase(), decl.slice(i + 1).trim().toLowerCase());
  }
  return out;
}

/** "b+ i- u+": marks a style turns on (+) or off (-); Google Docs wraps whole pastes in
 * <b style="font-weight:normal">, so "off" matters as much as "on". */
export function styleMarks(style: Map<string, string>): string {
  const tokens: string[] = [];
  const weight = style.get('font-weight');
  if (weight) {
    if (/^(bold|bolder|[6-9]00)$/.test(weight)) tokens.push('b+');
    else if (/^(normal|lighter|[1-5]00)$/.test(weight)) tokens.push('b-');
  }
  const fontStyle = style.get('font-style');
  if (fontStyle) tokens.push(/^(italic|oblique)/.test(fontStyle) ? 'i+' : 'i-');
  const deco = style.get('text-decoration-line') ?? style.get('text-decoration');
  if (deco) tokens.push(deco.includes('underline') ? 'u+' : deco === 'none' ? 'u-' : '');
  return tokens.filter(Boolean).join(' ');
}

function annotate(node: Element, styleAttr: string): void {
  for (const name of QALAM_ATTRS) node.removeAttribute(name);
  const style = readStyle(node.getAttribute(styleAttr) ?? '');
  const msoList = style.get('mso-list');
  if (msoList) {
    if (msoList.includes('ignore')) node.setAttribute('data-qalam-ignore', '1');
    else if (msoList !== 'none' && msoList !== 'skip') {
      node.setAttribute('data-qalam-list', msoList.replace(/[^a-z0-9 ]/g, '').slice(0, 40) || 'l0');
    }
  } else if (/^MsoListParagraph/i.test(node.getAttribute('class') ?? '')) {
    node.setAttribute('data-qalam-list', 'mso');
  }
  const marks = styleMarks(style);
  if (marks) node.setAttribute('data-qalam-fmt', marks);
  if (
    node.hasAttribute('hidden') ||
    style.get('display') === 'none' ||
    style.get('visibility') === 'hidden' ||
    style.get('mso-hide') === 'all'
  ) {
    node.setAttribute('data-qalam-hidden', '1');
  }
}

const installed = new WeakSet<object>();

/** Add Qalam's hook to a DOMPurify instance once. `styleAttr` is where the instance's
 * input keeps its inline styles: 'style', or csp-quiet.ts's carrier for the renderer's
 * paste (whose input never has a style attribute the page's CSP would report). */
export function installImportHooks(purify: DOMPurify, styleAttr = 'style'): void {
  if (installed.has(purify)) return;
  installed.add(purify);
  purify.addHook('beforeSanitizeAttributes', (node) => {
    if (node.nodeType === 1) annotate(node as Element, styleAttr);
  });
}

/** Sanitize with Qalam's set-up and hand back the <body> of a private document: the one
 * call both hosts make (services on jsdom, the renderer on its own window for paste). */
export function purifyToBody(purify: DOMPurify, html: string): Element {
  installImportHooks(purify);
  return purify.sanitize(html, { ...PURIFY_CONFIG, RETURN_DOM: true });
}
