// The editor window opens where it was closed: size, position and maximized state in a
// small JSON file in userData. The file may be hand-edited, stale (a monitor unplugged)
// or corrupt, so it is validated and the window is clamped onto a display that exists.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { z } from 'zod';

const int = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.object({
  x: int,
  y: int,
  width: int.min(1),
  height: int.min(1),
  maximized: z.boolean().optional(),
});

export type WindowState = z.infer<typeof stateSchema>;
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 };
const MIN = { width: 800, height: 560 };
/** How much of the window must show on a display for it to count as reachable. */
const VISIBLE = 100;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window, given the saved state (or none) and the work areas of the
 * displays now attached (the first is the primary). The result fits its display and
 * at least its title bar can be grabbed.
 */
export function placeWindow(saved: WindowState | undefined, workAreas: Rect[]): Rect & { maximized: boolean } {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) return { ...centred(DEFAULT_SIZE, primary), maximized: false };
  const best = workAreas
    .map((area) => ({ area, o: overlap(saved, area) }))
    .filter(({ o }) => o.width >= VISIBLE && o.height >= VISIBLE)
    .sort((a, b) => b.o.width * b.o.height - a.o.width * a.o.height)[0];
  const maximized = saved.maximized === true;
  if (!best) return { ...centred({ width: saved.width, height: saved.height }, primary), maximized };
  const { area } = best;
  const width = Math.max(Math.min(saved.width, area.width), Math.min(MIN.width, area.width));
  const height = Math.max(Math.min(saved.height, area.height), Math.min(MIN.height, area.height));
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { x, y, width, height, maximized };
}

/** The saved state, or undefined when the file is missing or not a state we wrote. */
export async function loadWindowState(file: string): Promise<WindowState | undefined> {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Written to a temp file and renamed, so a crash mid-write leaves the old state. */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  const checked = stateSchema.parse(state);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(checked));
  await rename(temp, file);
}
