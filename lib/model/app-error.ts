import type { MessageKey } from '../i18n/t';

/**
 * One $n of a coded message: plain text (user data, numbers), or message keys translated in turn (a list is joined;
 * `list` mixes keys and plain text).
 */
export type MessageParam =
  | string
  | number
  | { key: MessageKey }
  | { keys: MessageKey[] }
  | { list: Array<string | number | { key: MessageKey }> };

/** A message for the user, as lib code hands it up: a typed key and its $1…$n. The page translates it with t(). */
export interface Coded {
  code: MessageKey;
  params: MessageParam[];
}

export const coded = (code: MessageKey, ...params: MessageParam[]): Coded => ({ code, params });

/**
 * The error lib code throws when the user is to read why (a missing record, a refused file). It carries no
 * wording: pages show `errorText(e)` (lib/ui/error-text.ts) in the UI's language.
 */
export class AppError extends Error implements Coded {
  readonly code: MessageKey;
  readonly params: MessageParam[];
  constructor(code: MessageKey, ...params: MessageParam[]) {
    super(params.length ? `${code} ${JSON.stringify(params)}` : code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

export function isCoded(value: unknown): value is Coded {
  const v = value as Partial<Coded> | null;
  return typeof v === 'object' && v !== null && typeof v.code === 'string' && Array.isArray(v.params);
}

// zod messages are strings: a coded one is the key, then (when it has params) a unit separator and their JSON.
const SEP = '\u001f';

/** A zod issue message that carries a key and its params; read back with `decodeIssue`. */
export const issueMessage = (code: MessageKey, ...params: MessageParam[]): string =>
  params.length ? `${code}${SEP}${JSON.stringify(params)}` : code;

/** The coded message inside a zod issue message, or null for a plain (uncoded) one. */
export function decodeIssue(message: string): Coded | null {
  const [code, json] = message.split(SEP, 2);
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(code)) return null;
  try {
    const params: unknown = json === undefined ? [] : JSON.parse(json);
    return Array.isArray(params) ? { code: code as MessageKey, params: params as MessageParam[] } : null;
  } catch {
    return null;
  }
}
