import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Independent readers of our .xlsx files: openpyxl under Debian's python3, and LibreOffice. */

export const PYTHON = '/usr/bin/python3';
export const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
export const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
/** CI installs both (.ci/run); only a developer machine without them skips these tests. */
export const mustHaveTools = !!process.env.CI;

export const scratch = () => mkdtempSync(join(tmpdir(), 'rl-report-'));

export function runPython(script: string, args: string[]): string {
  return execFileSync(PYTHON, [script, ...args], { encoding: 'utf8' });
}

/** Re-saves (or converts) files as LibreOffice would, in one soffice run; returns the converted file paths. */
export function soffice(paths: string[], to: string, dir: string): string[] {
  const home = join(dir, 'home');
  const out = join(dir, 'out');
  mkdirSync(home, { recursive: true });
  mkdirSync(out, { recursive: true });
  execFileSync('soffice', ['--headless', '--norestore', '--convert-to', to, '--outdir', out, ...paths], {
    env: { ...process.env, HOME: home },
    stdio: 'ignore',
    timeout: 180_000,
  });
  const ext = to.split(':')[0];
  return paths.map((p) => join(out, basename(p).replace(/\.[^.]+$/, `.${ext}`)));
}

export const save = (dir: string, name: string, bytes: Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
export const load = (p: string) => new Uint8Array(readFileSync(p));
