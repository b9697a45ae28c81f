// The contract over HTTP: one generic loop, so the web host cannot drift from the
// Electron IPC binding. Every request is parsed by its channel's schema before a
// handler sees it; every failure comes back as data (Result), never as a stack.
import { contract, type Channel, type Handlers, type Result } from '../common/contract';
import { parseOrThrow } from '../common/document/schema';
import { toErrorInfo } from '../common/errors';
import type { z } from 'zod';

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

/** Validate `payload` for `channel`, call its handler, and wrap the outcome. */
export async function dispatch(handlers: Handlers, channel: Channel, payload: unknown): Promise<Result<unknown>> {
  try {
    const request = parseOrThrow(contract[channel].request as z.ZodType, payload);
    const handler = handlers[channel] as (request: unknown) => unknown;
    return { ok: true, value: await handler(request) };
  } catch (e) {
    return { ok: false, error: toErrorInfo(e) };
  }
}
