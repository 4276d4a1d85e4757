import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';

/** The permissions wxt.config.ts asks for, read from its source (the built manifest is checked in e2e). */
function manifestPermissions(): string[] {
  const match = /permissions:\s*\[([^\]]*)\]/.exec(readFileSync('wxt.config.ts', 'utf8'));
  return [...(match?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

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
    expect(readFileSync('wxt.config.ts', 'utf8')).not.toMatch(
      /host_permissions|content_scripts|content_security_policy/,
    );
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
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).not.toMatch(
      /host_permissions|content_scripts|optional_permissions|<all_urls>|web_accessible_resources/,
    );
    // WXT turns entrypoints/*.content.ts and entrypoints/content/ into declared content scripts.
    expect(
      readdirSync('entrypoints', { recursive: true })
        .map(String)
        .filter((f) => /(^|[\\/.])content([\\/.]|$)/.test(f)),
    ).toEqual([]);
  });
});
