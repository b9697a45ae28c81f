// "مفتوح للتحرير لدى فاطمة على DESK-3 منذ ١٠:٤٢": one line per other desk. An Arabic
// verb would have to agree with the person ("فاطمة تحرّر" / "أحمد يحرّر") and a name
// does not say which, so the line is built without one.
import type { DigitStyle } from '../../electron/common/arabic/digits';
import type { Lang } from '../../electron/common/errors';
import type { PresenceEntry } from '../../electron/common/sync';
import { clockLabel } from '../statusbar/format';
import { st } from './strings';

/** The template and values of a presence line, for rendering with <Fill>. */
export function presenceParts(p: PresenceEntry, lang: Lang, digits: DigitStyle, short = false): { template: string; values: Record<string, string> } {
  const values = { time: clockLabel(new Date(p.since), digits), device: p.deviceName.trim() || st(lang, 'unnamedDevice'), user: p.user.trim() };
  const key = values.user ? (short ? 'editingShort' : 'editingHere') : short ? 'editingShortNoUser' : 'editingHereNoUser';
  return { template: st(lang, key), values };
}

/** `short`: the library row's compact form ("مفتوح لدى فاطمة (DESK-3) منذ ١٠:٤٢"). */
export function presenceLine(p: PresenceEntry, lang: Lang, digits: DigitStyle, short = false): string {
  const time = clockLabel(new Date(p.since), digits);
  const device = p.deviceName.trim() || st(lang, 'unnamedDevice');
  const user = p.user.trim();
  if (short) return user ? st(lang, 'editingShort', { user, device, time }) : st(lang, 'editingShortNoUser', { device, time });
  return user ? st(lang, 'editingHere', { user, device, time }) : st(lang, 'editingHereNoUser', { device, time });
}
