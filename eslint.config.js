// Layers you can see in the folder names (STYLE.md, after VS Code's code-layering):
// a wrong-way import is a lint error, so nobody has to remember the rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'stream', 'url',
  'util', 'worker_threads', 'zlib', 'events', 'buffer', 'process', 'readline', 'module', 'v8', 'vm', 'tls', 'dns',
];
const nodeImports = [...NODE_BUILTINS, ...NODE_BUILTINS.map((m) => `node:${m}`), 'node:*'];
const native = ['electron', 'better-sqlite3', 'jsdom', 'playwright-core', 'mammoth'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'build/out/**', 'dist/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    files: ['electron/common/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeImports.filter((m) => !m.includes('*')), ...native].map((name) => ({ name, message: 'electron/common is pure: no platform imports.' })),
        patterns: [{ group: ['node:*', '../services/*', '../main/*', '../host/*', '../cli/*', '../../renderer/*'], message: 'electron/common is pure.' }],
      }],
    },
  },
  {
    files: ['electron/services/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'electron/services is plain Node: no electron import.' }],
        patterns: [{ group: ['electron/*', '../main/*', '../../main/*', '../../renderer/*'], message: 'services never reach up into main or renderer.' }],
      }],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', {
        paths: [...nodeImports.filter((m) => !m.includes('*')), ...native].map((name) => ({ name, message: 'The renderer is sandboxed: no Node, only window.qalam.' })),
        patterns: [{ group: ['node:*', '**/electron/services/**', '**/electron/main/**', '**/electron/host/**', '**/electron/cli/**'], message: 'The renderer talks only through window.qalam.' }],
      }],
    },
  },
);
