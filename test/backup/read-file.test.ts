import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBackupFile, type BackupCheck } from '../../lib/backup/validate';

/** A backup the extension wrote (schema v1), and the same file re-saved in GBK by a Windows editor. */
const utf8 = new Uint8Array(readFileSync('test/backup/fixtures/backup-v1.json'));
const gbk = new Uint8Array(readFileSync('test/backup/fixtures/backup-v1.gbk.json'));
const text = new TextDecoder().decode(utf8);
const titles = (c: BackupCheck) =>
  c.ok ? (c.backup.tables.tasks as Array<{ title: string }>).map((t) => t.title) : [];
const errorOf = (c: BackupCheck) => (c.ok ? 'accepted' : c.error);
const cat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));

describe('readBackupFile: bytes, read strictly', () => {
  const expected = titles({ ok: true, backup: { tables: JSON.parse(text).tables } } as BackupCheck);

  it('reads the UTF-8 file the extension writes, with or without a BOM', async () => {
    expect(expected).toContain('推进紧密型县域医共体建设');
    expect(titles(await readBackupFile(utf8))).toEqual(expected);
    expect(titles(await readBackupFile(cat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8)))).toEqual(expected);
  });

  it('reads the same backup re-saved in GBK with every Chinese title intact (no ���)', async () => {
    const result = await readBackupFile(gbk);
    expect(titles(result)).toEqual(expected);
    expect(JSON.stringify(result)).not.toContain('\uFFFD');
  });

  it('reads UTF-16 with a BOM (little and big endian), and refuses UTF-16 without one', async () => {
    const le = cat(new Uint8Array([0xff, 0xfe]), utf16le(text));
    const be = le.map((_, i) => le[i ^ 1]);
    expect(titles(await readBackupFile(le))).toEqual(expected);
    expect(titles(await readBackupFile(be))).toEqual(expected);
    expect(errorOf(await readBackupFile(utf16le(text)))).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a UTF-8 file with broken bytes instead of saving "���"', async () => {
    const at = utf8.indexOf(0xe5, 2000);
    const damaged = utf8.slice();
    damaged[at] = 0xff;
    expect(errorOf(await readBackupFile(damaged))).toMatch(/不是 UTF-8 编码/);
  });

  it('does not rescue damaged UTF-8 Chinese as GBK, even when its bytes pair up into valid GB18030', async () => {
    const backup = JSON.parse(text);
    for (const table of Object.keys(backup.tables)) backup.tables[table] = [];
    const ledger = {
      id: 'l1',
      title: '医改'.repeat(20),
      issuer: 'x',
      docNumber: null,
      issued: null,
      region: 'x',
      source: null,
      defaultDeadline: null,
      origin: 'user',
      createdAt: 1,
      updatedAt: 1,
    };
    backup.tables.ledgers = [ledger];
    const bytes = new TextEncoder().encode(JSON.stringify(backup));
    expect((await readBackupFile(bytes)).ok).toBe(true);
    const damaged = bytes.slice();
    damaged[bytes.indexOf(0xe5) + 1] = 0x40; // 医 = E5 8C BB; E5 40 is not UTF-8, but E5 40 | BB E6 | 94 B9 … is GB18030
    expect(new TextDecoder('gb18030', { fatal: true }).decode(damaged)).toContain('"title":"');
    expect(errorOf(await readBackupFile(damaged))).toMatch(/不是 UTF-8 编码/);
  });

  it('refuses GBK or UTF-16 text that is not a valid backup, saying why in Chinese', async () => {
    const gbkOther = new Uint8Array([...'{"名称":"'].flatMap((c) => [...Buffer.from(c)]));
    const notOurs = cat(
      new Uint8Array(Buffer.from('{"hello":"')),
      new Uint8Array([0xd2, 0xbd, 0xb8, 0xc4]),
      new Uint8Array(Buffer.from('"}')),
    );
    expect(errorOf(await readBackupFile(notOurs))).toMatch(/GB18030.*不是医改台账助手的备份文件/s);
    expect(errorOf(await readBackupFile(cat(new Uint8Array([0xff, 0xfe]), utf16le('{"a":1}'))))).toMatch(
      /UTF-16.*不是医改台账助手的备份文件/s,
    );
    expect((await readBackupFile(gbkOther)).ok).toBe(false);
    expect(errorOf(await readBackupFile(new Uint8Array([0x7b, 0xff, 0xfe, 0xfd, 0x7d])))).toMatch(/不是 UTF-8 编码/);
    expect(errorOf(await readBackupFile(new Uint8Array()))).toMatch(/不是有效的 JSON/);
  });
});
