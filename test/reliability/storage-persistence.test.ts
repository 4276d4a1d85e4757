import { describe, expect, it, vi } from 'vitest';
import { requestPersistence } from '../../lib/reliability/storage-persistence';

describe('requestPersistence', () => {
  it('does not ask again when the storage is already persistent', async () => {
    const persist = vi.fn(async () => false);
    expect(await requestPersistence({ persisted: async () => true, persist })).toBe('persisted');
    expect(persist).not.toHaveBeenCalled();
  });

  it("asks, and reports the browser's answer", async () => {
    expect(await requestPersistence({ persisted: async () => false, persist: async () => true })).toBe('persisted');
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe('refused');
  });

  it('reads a missing API as unsupported and a failing one as refused, never throwing', async () => {
    expect(await requestPersistence(undefined)).toBe('unsupported');
    expect(await requestPersistence({})).toBe('unsupported');
    const failing = { persisted: async () => false, persist: () => Promise.reject(new Error('denied')) };
    expect(await requestPersistence(failing)).toBe('refused');
  });
});
