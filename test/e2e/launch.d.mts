import type { BrowserContext, Worker } from '@playwright/test';

export const CHROMIUM: string;
export function launchWithExtension(
  extensionPath: string,
  options?: { language?: 'zh_CN' | 'en'; userDataDir?: string },
): Promise<{ context: BrowserContext; worker: Worker; extensionId: string; userDataDir: string }>;
