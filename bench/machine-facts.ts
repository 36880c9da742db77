import os from 'node:os';

export interface MachineFacts {
  cpuModel: string;
  cores: number;
  memoryMb: number;
  nodeVersion: string;
  platform: string;
}

/** What the numbers depend on, recorded next to them. */
export function machineFacts(): MachineFacts {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryMb: Math.round(os.totalmem() / 1024 / 1024),
    nodeVersion: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}
