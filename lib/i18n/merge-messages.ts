/**
 * UI strings live in small per-feature files (lib/i18n/<locale>/<feature>.json, key → text) so features
 * can add strings without touching one shared file; the build merges them into _locales/<locale>/messages.json.
 */
export type FlatMessages = Record<string, string>;
export type ChromeMessages = Record<string, { message: string }>;

export function mergeMessages(files: Array<{ name: string; messages: FlatMessages }>): ChromeMessages {
  const merged: ChromeMessages = {};
  const seenIn = new Map<string, string>();
  for (const { name, messages } of files) {
    for (const [key, message] of Object.entries(messages)) {
      if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`${name}: 消息键 "${key}" 只能含字母、数字和下划线`);
      const earlier = seenIn.get(key);
      if (earlier) throw new Error(`消息键 "${key}" 在 ${earlier} 和 ${name} 中重复`);
      seenIn.set(key, name);
      merged[key] = { message };
    }
  }
  return merged;
}
