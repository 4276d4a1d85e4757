import { cpus, totalmem } from 'node:os';
import { availableParallelism } from 'node:os';

export function machine(chromiumVersion) {
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion,
  };
}

export const describeMachine = (m) =>
  `${m.nproc} 核 ${m.cpu}，内存 ${m.memoryGB} GB，Node ${m.node}，Chromium ${m.chromium}`;
