// The editor harness and the editor itself import CSS for esbuild to bundle; the root
// tsconfig (tests, no renderer/env.d.ts) needs to know those imports are fine.
declare module '*.css';
declare module 'qalam:fonts.css';
