import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/** The permissions wxt.config.ts asks for, read from its source (the built manifest is checked in e2e). */
function manifestPermissions(): string[] {
  const match = /permissions:\s*\[([^\]]*)\]/.exec(readFileSync('wxt.config.ts', 'utf8'));
  return [...(match?.[1] ?? '').matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

describe('README permission table', () => {
  it('explains every permission the extension asks for, and asks for no host access', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## 权限说明'), readme.indexOf('\n## ', readme.indexOf('## 权限说明') + 1));
    const permissions = manifestPermissions();
    expect(permissions).toContain('unlimitedStorage');
    for (const permission of permissions) {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${permission}\``));
      expect(row, permission).toBeDefined();
      expect(row!.split('|')[2].trim().length, permission).toBeGreaterThan(10);
    }
    expect(readFileSync('wxt.config.ts', 'utf8')).not.toMatch(/host_permissions|content_scripts|content_security_policy/);
  });
});
