// A sentence with names in it ("{user} on {device}, {time}"): each filled-in value is
// isolated in <bdi>, so an Arabic name in the English UI (or "DESK-3" in the Arabic one)
// cannot pull the words around it into the wrong order.
import type { ReactNode } from 'react';

export function Fill({ template, values }: { template: string; values: Record<string, string> }): ReactNode {
  return template.split(/(\{\w+\})/).map((part, i) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && name in values ? <bdi key={i}>{values[name]}</bdi> : part;
  });
}
