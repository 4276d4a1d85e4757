import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import config from '../../wxt.config';
import { LOCALES, readLocale } from '../../lib/i18n/read-locales';

type Manifest = Browser.runtime.ManifestV3;

/**
 * The built manifest is checked in e2e (test/e2e/english.spec.ts reads the toolbar title in an English browser);
 * `npm test` runs these before any build, on the config object WXT builds from.
 */
const manifest = config.manifest as Manifest;

/** What WXT does to the manifest after our config: the popup's <title> lands in action.default_title. */
function generated(): Manifest {
  const out = {
    ...manifest,
    action: { ...manifest.action, default_title: '医改台账助手', default_popup: 'popup.html' },
  };
  const hooks = config.hooks as Record<string, (wxt: never, m: Manifest) => void>;
  const hook = hooks['build:manifestGenerated'];
  hook(undefined as never, out);
  return out;
}

const msgKey = (value: string | undefined) => /^__MSG_(\w+)__$/.exec(value ?? '')?.[1];

describe('the manifest speaks the browser’s language', () => {
  it('names the extension, describes it and titles the toolbar button by message, Chinese by default', () => {
    const built = generated();
    expect(manifest.default_locale).toBe('zh_CN');
    expect(built.name).toBe('__MSG_extName__');
    expect(built.description).toBe('__MSG_extDescription__');
    expect(built.action?.default_title).toBe('__MSG_extName__');
    expect(built.action?.default_popup).toBe('popup.html');
  });

  it('has every message the manifest names, in Chinese and in English', () => {
    const built = generated();
    const named = [
      built.name,
      built.description,
      built.action?.default_title,
      ...Object.values(built.commands ?? {}).map((c) => c.description),
    ].map(msgKey);
    expect(named).not.toContain(undefined);
    expect(LOCALES).toEqual(expect.arrayContaining(['zh_CN', 'en']));
    const zh = readLocale('lib/i18n', 'zh_CN');
    const en = readLocale('lib/i18n', 'en');
    for (const key of named as string[]) {
      expect(zh[key]?.message, key).toMatch(/[\u4e00-\u9fff]/);
      expect(en[key]?.message, key).toMatch(/^[^\u4e00-\u9fff]+$/);
    }
  });
});
