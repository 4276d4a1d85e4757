import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import type { Browser } from 'wxt/browser';
import config from '../../wxt.config';

/** The manifest wxt.config.ts builds from (the built manifest is checked in e2e). */
const manifest = config.manifest as Browser.runtime.ManifestV3;
const manifestPermissions = (): string[] => (manifest.permissions ?? []).map(String);
/** Keys that would give the extension access to pages, or relax what its pages may run. */
const PAGE_ACCESS = [
  'host_permissions',
  'optional_permissions',
  'optional_host_permissions',
  'content_scripts',
  'content_security_policy',
  'web_accessible_resources',
];

describe('README permission table', () => {
  it('explains every permission the extension asks for, and asks for no host access', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(
      readme.indexOf('## 权限说明'),
      readme.indexOf('\n## ', readme.indexOf('## 权限说明') + 1),
    );
    const permissions = manifestPermissions();
    expect(permissions).toContain('unlimitedStorage');
    for (const permission of permissions) {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${permission}\``));
      expect(row, permission).toBeDefined();
      expect(row!.split('|')[2].trim().length, permission).toBeGreaterThan(10);
    }
    expect(Object.keys(manifest).filter((k) => PAGE_ACCESS.includes(k))).toEqual([]);
  });
});

describe('page access', () => {
  it('asks for no permission beyond the reviewed list, and declares no content script', () => {
    // Adding one is a decision for the README's table and for this list, not a side effect.
    const reviewed = [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'sidePanel',
      'contextMenus',
      'activeTab',
      'scripting',
    ];
    expect(manifestPermissions().filter((p) => !reviewed.includes(p))).toEqual([]);
    expect(Object.keys(manifest).filter((k) => PAGE_ACCESS.includes(k))).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    // WXT turns entrypoints/*.content.ts and entrypoints/content/ into declared content scripts.
    expect(
      readdirSync('entrypoints', { recursive: true })
        .map(String)
        .filter((f) => /(^|[\\/.])content([\\/.]|$)/.test(f)),
    ).toEqual([]);
  });
});
