import { readHostMessage, type ExplorerMessageBody, type HostMessage } from './embed-messages';

/** The parts of a MessageEvent the rules look at (a pure function of them, so it is unit-tested). */
export interface IncomingMessage {
  data: unknown;
  origin: string;
  source: unknown;
}

export interface Framing {
  /** window.parent; equal to `self` when not framed. */
  parent: unknown;
  self: unknown;
  /** From ?parentOrigin=, already checked to be an http(s) origin; null when not given. */
  parentOrigin: string | null;
}

/**
 * A host message is accepted only when framed, only from the parent window, only from
 * parentOrigin when one is set, and only in the documented shape. Anything else: null.
 */
export function acceptHostMessage(event: IncomingMessage, framing: Framing): HostMessage | null {
  if (framing.parent === framing.self) return null;
  if (event.source !== framing.parent) return null;
  if (framing.parentOrigin !== null && event.origin !== framing.parentOrigin) return null;
  return readHostMessage(event.data);
}

/**
 * Where an outgoing message may go: nowhere when not framed; to parentOrigin when set;
 * otherwise to "*", but only for the non-sensitive ready and resize.
 */
export function outboundTarget(type: ExplorerMessageBody['type'], framing: Framing): string | null {
  if (framing.parent === framing.self) return null;
  if (framing.parentOrigin !== null) return framing.parentOrigin;
  return type === 'ready' || type === 'resize' ? '*' : null;
}
