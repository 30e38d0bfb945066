/**
 * One build for `npm run bench`: scripts/build.ts in its own process group, timed, with the peak
 * memory of every process of the group together (sampled from /proc) and of the largest single one
 * (from /usr/bin/time -v, when installed).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BuildRun {
  wall: number;
  peakGroupKiB: number;
  /** Seconds into the build when the peak was sampled. */
  peakAt: number;
  maxRssKiB: number;
  /** Peak resident memory of each process of the build (pid and command), KiB. */
  processes: Map<string, number>;
  /** CPU seconds (user + system) of every process of the build: steadier than wall time on a busy machine. */
  cpu: number;
  /** "[build] astro: 41.2 s" lines: step and seconds. */
  steps: [string, number][];
  /** "[build] files, <kind>: …" lines, as printed. */
  fileKinds: string[];
  log: string;
}

/** Sum of the resident memory of every process in a process group, in KiB; each one's in `each`. */
export function groupRssKiB(pgid: number, each?: Map<string, number>): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[2]) !== pgid) continue; // field 5: pgrp
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      total += kib;
      if (each) {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(1, 4).join(' ').replace(/\S*node_modules\//g, '');
        const key = `${pid} ${cmd}`.slice(0, 90);
        each.set(key, Math.max(each.get(key) ?? 0, kib));
      }
    } catch {
      /* the process ended meanwhile */
    }
  }
  return total;
}

export async function runBuild(dest: string, env: NodeJS.ProcessEnv): Promise<BuildRun> {
  const started = performance.now();
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const cmdArgs = [...(useTime ? ['-v', process.execPath] : []), '--import', 'tsx', 'scripts/build.ts', '--out', dest];
  const child = spawn(cmd, cmdArgs, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  let peakGroupKiB = 0;
  let peakAt = 0;
  const processes = new Map<string, number>();
  const sampler = setInterval(() => {
    const kib = groupRssKiB(child.pid!, processes);
    if (kib > peakGroupKiB) {
      peakGroupKiB = kib;
      peakAt = (performance.now() - started) / 1000;
    }
  }, 200);
  child.stdout.on('data', (b) => {
    log += String(b);
    process.stdout.write(String(b).split('\n').filter((l) => l.startsWith('[build]')).map((l) => `${l}\n`).join(''));
  });
  child.stderr.on('data', (b) => (log += String(b)));
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  clearInterval(sampler);
  const wall = (performance.now() - started) / 1000;
  writeFileSync(resolve('.tmp/bench-build.log'), log);
  if (code !== 0) {
    console.error(log.slice(-6000));
    throw new Error(`[bench] build failed (exit ${code})`);
  }
  return {
    wall,
    peakGroupKiB,
    peakAt,
    processes,
    maxRssKiB: Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1] ?? 0),
    cpu: Number(/User time \(seconds\): ([\d.]+)/.exec(log)?.[1] ?? 0) + Number(/System time \(seconds\): ([\d.]+)/.exec(log)?.[1] ?? 0),
    steps: [...log.matchAll(/^\[build\] ([\w -]+): ([\d.]+) s$/gm)].map((m) => [m[1]!, Number(m[2])]),
    fileKinds: [...log.matchAll(/^\[build\] (files, .*)$/gm)].map((m) => m[1]!),
    log,
  };
}
