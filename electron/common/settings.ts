import { z } from 'zod';
import { exportDefaultsSchema } from './export-options';

/** The longest author or device name: both sign every revision and travel in the share. */
export const NAME_MAX = 200;

export const settingsSchema = z.strictObject({
  uiLanguage: z.enum(['ar', 'en']),
  /** Digits in the UI and in exports: Arabic-Indic (٣) or Latin (3). */
  digits: z.enum(['arab', 'latn']),
  theme: z.enum(['light', 'dark', 'system']),
  editorFont: z.enum(['Amiri', 'Noto Naskh Arabic']),
  editorFontSize: z.number().int().min(12).max(40),
  author: z.string().max(NAME_MAX),
  deviceName: z.string().max(NAME_MAX),
  sections: z.array(z.string().min(1).max(200)).max(200),
  backupFolder: z.string().max(4096),
  /** 0 turns scheduled backups off. */
  backupEveryHours: z.number().int().min(0).max(24 * 30),
  backupKeep: z.number().int().min(1).max(1000),
  // Sync through a shared folder (DESIGN §6); optional so older settings stay valid.
  syncFolder: z.string().max(4096).optional(),
  syncEnabled: z.boolean().optional(),
  syncIntervalSeconds: z.number().int().min(2).max(3600).optional(),
  /** The export dialog's last choices (format, paper, columns, digits, font…). */
  exportDefaults: exportDefaultsSchema.optional(),
  /** Underline misspelt words in the editor (Qalam's Hunspell; default on). */
  spellcheck: z.boolean().optional(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  uiLanguage: 'ar',
  digits: 'arab',
  theme: 'system',
  editorFont: 'Amiri',
  editorFontSize: 20,
  author: '',
  deviceName: '',
  sections: ['سياسة', 'اقتصاد', 'دولي', 'رياضة', 'ثقافة', 'منوعات'],
  backupFolder: '',
  backupEveryHours: 24,
  backupKeep: 14,
  syncFolder: '',
  syncEnabled: true,
  syncIntervalSeconds: 30,
  spellcheck: true,
};

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
