import { readFileSync, readdirSync } from 'node:fs';

/** The pid and its descendants (cluster workers), from /proc. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command may hold spaces and parentheses: the fields after the last ')' are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

/** Resident memory in KiB (VmRSS), or null once the process is gone. */
export function residentKiB(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Samples the resident memory of a process tree every `intervalMs` until stopped; keeps each
 * process's maximum (and the tree's largest total at one sample).
 */
export class MemorySampler {
  readonly maxKiB = new Map<number, number>();
  maxTotalKiB = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly root: number,
    private readonly intervalMs = 250,
  ) {}

  start(): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
  }

  private sample(): void {
    let total = 0;
    for (const pid of processTree(this.root)) {
      const kib = residentKiB(pid);
      if (kib === null) continue;
      total += kib;
      this.maxKiB.set(pid, Math.max(this.maxKiB.get(pid) ?? 0, kib));
    }
    this.maxTotalKiB = Math.max(this.maxTotalKiB, total);
  }

  /** "pid 123 (gateway): 310 MiB; pid 124: 280 MiB; largest total 590 MiB". */
  describe(): string {
    const mib = (kib: number) => `${Math.round(kib / 1024)} MiB`;
    const parts = [...this.maxKiB].map(
      ([pid, kib]) => `pid ${pid}${pid === this.root ? ' (gateway)' : ' (worker)'}: ${mib(kib)}`,
    );
    return `${parts.join('; ')}; largest total ${mib(this.maxTotalKiB)}`;
  }
}
