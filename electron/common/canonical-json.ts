// Canonical JSON: one byte-exact text for one value, so a revision's id (the SHA-256
// of this text) is the same on every device. The store and the sync layer both hash
// through this function and nothing else.
//
// Rules (a subset of RFC 8785 / JCS that is exact for the data Qalam stores: strings,
// booleans, null, finite numbers, arrays, plain objects):
// - object keys sorted by UTF-16 code units (JavaScript's default string order), no
//   whitespace anywhere;
// - properties whose value is `undefined` are left out (as JSON.stringify does);
// - strings and numbers are written by JSON.stringify (the same escapes JCS uses);
// - non-finite numbers, `undefined` inside arrays, functions, symbols, bigints and
//   class instances other than plain objects/arrays are refused, because silently
//   writing `null` for them would give two different values the same id.

export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is not a finite number`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: ${path} has unsupported type ${typeof value}`);
  }
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined) throw new TypeError(`canonicalJson: ${path}[${i}] is undefined`);
      parts.push(write(item, `${path}[${i}]`));
    }
    return `[${parts.join(',')}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`canonicalJson: ${path} is not a plain object`);
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const parts: string[] = [];
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    parts.push(`${JSON.stringify(key)}:${write(item, `${path}.${key}`)}`);
  }
  return `{${parts.join(',')}}`;
}
