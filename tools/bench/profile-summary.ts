import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a V8 CPU profile spent its time, by self time:
 *   node tools/dist/bench/profile-summary.js <file.cpuprofile | directory> [--top N]
 * (a directory: every .cpuprofile in it, summed). Prints the top functions and the time per
 * package (sqlite, typeorm, graphql, @apollo, decimal.js, the portal's own code, node internals,
 * garbage collection, idle) as Markdown tables, so a run's summary can go into RESULTS.md.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  name: string;
  micros: number;
}

export interface ProfileSummary {
  totalMicros: number;
  functions: SelfTime[];
  packages: SelfTime[];
}

/** The package a script belongs to: the pnpm store path's package name, or the portal's part. */
export function packageOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === '') {
    if (functionName === '(garbage collector)') return '(garbage collector)';
    if (functionName === '(idle)') return '(idle)';
    if (functionName === '(program)') return '(program)';
    return '(native)';
  }
  const inModules = url.lastIndexOf('/node_modules/');
  if (inModules !== -1) {
    const rest = url.slice(inModules + '/node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return '(node internals)';
  if (url.includes('/packages/domain/')) return '@portal/domain';
  if (url.includes('/apps/gateway/')) return '@portal/gateway';
  return url;
}

function label(frame: CallFrame): string {
  const file = frame.url === '' ? '' : ` ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
  return `${frame.functionName || '(anonymous)'}${file}`;
}

function shortUrl(url: string): string {
  const inModules = url.lastIndexOf('/node_modules/');
  if (inModules !== -1) return url.slice(inModules + '/node_modules/'.length);
  const portal = url.search(/\/(apps|packages)\//);
  return portal === -1 ? url : url.slice(portal + 1);
}

function sorted(totals: Map<string, number>): SelfTime[] {
  return [...totals.entries()]
    .map(([name, micros]) => ({ name, micros }))
    .sort((a, b) => b.micros - a.micros);
}

/** Self time per function and per package, summed over the given profiles. */
export function summarise(profiles: CpuProfile[]): ProfileSummary {
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let totalMicros = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
    profile.samples.forEach((id, i) => {
      const frame = byId.get(id);
      const micros = profile.timeDeltas[i] ?? 0;
      if (!frame || micros <= 0) return;
      totalMicros += micros;
      const fn = label(frame);
      functions.set(fn, (functions.get(fn) ?? 0) + micros);
      const pkg = packageOf(frame);
      packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
    });
  }
  return { totalMicros, functions: sorted(functions), packages: sorted(packages) };
}

function table(title: string, rows: SelfTime[], totalMicros: number, busyMicros: number): string {
  const lines = [`| ${title} | self ms | % of all | % of busy |`, '|---|---|---|---|'];
  for (const row of rows) {
    const busy = row.name === '(idle)' ? '' : `${((100 * row.micros) / busyMicros).toFixed(1)}`;
    lines.push(
      `| ${row.name.replaceAll('|', '\\|')} | ${(row.micros / 1000).toFixed(0)} | ${((100 * row.micros) / totalMicros).toFixed(1)} | ${busy} |`,
    );
  }
  return lines.join('\n');
}

export function formatSummary(summary: ProfileSummary, top: number): string {
  const idle = summary.packages.find((p) => p.name === '(idle)')?.micros ?? 0;
  const busyMicros = Math.max(1, summary.totalMicros - idle);
  return [
    `Profiled ${(summary.totalMicros / 1e6).toFixed(1)} s, busy ${(busyMicros / 1e6).toFixed(1)} s.`,
    '',
    table('package', summary.packages, summary.totalMicros, busyMicros),
    '',
    table('function (self time)', summary.functions.slice(0, top), summary.totalMicros, busyMicros),
  ].join('\n');
}

function profileFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => path.join(target, name));
}

function main(argv: string[]): void {
  const topAt = argv.indexOf('--top');
  const top = topAt === -1 ? 25 : Number.parseInt(argv[topAt + 1] ?? '25', 10);
  const targets = argv.filter((arg, i) => arg !== '--top' && argv[i - 1] !== '--top');
  if (targets.length === 0) {
    console.error('usage: profile-summary <file.cpuprofile | directory> [--top N]');
    process.exit(2);
  }
  const files = targets.flatMap(profileFiles);
  const profiles = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  console.log(formatSummary(summarise(profiles), top));
}

if (require.main === module) main(process.argv.slice(2));
