// Settings as key → JSON rows, validated by the one settings schema on the way in.
// Reading falls back to the default for a key that is missing or (written by an
// older or newer Qalam) no longer valid, so a settings change never bricks a library.
import type { SettingsPatch, Settings } from '../../common/settings';
import { DEFAULT_SETTINGS, settingsPatchSchema, settingsSchema } from '../../common/settings';
import { parseOrThrow } from '../../common/document/schema';
import type Database from 'better-sqlite3';

type Stmt = (sql: string) => Database.Statement;

export function readSettings(stmt: Stmt): Settings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const shape = settingsSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean; data?: unknown } }>;
  for (const row of stmt('SELECT key, value FROM settings').all() as { key: string; value: string }[]) {
    const field = shape[row.key];
    if (!field) continue;
    let value: unknown;
    try {
      value = JSON.parse(row.value);
    } catch {
      continue;
    }
    const parsed = field.safeParse(value);
    if (parsed.success) settings[row.key] = parsed.data;
  }
  return settings as Settings;
}

export function writeSettings(db: Database.Database, stmt: Stmt, patch: SettingsPatch): Settings {
  const checked = parseOrThrow(settingsPatchSchema, patch ?? {}, 'settings');
  return db.transaction(() => {
    const merged = parseOrThrow(settingsSchema, { ...readSettings(stmt), ...checked }, 'settings');
    const upsert = stmt('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    for (const [key, value] of Object.entries(checked)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
    return merged;
  })();
}
