import cliProgress from 'cli-progress';
import type { LoopProgress, LoopStats } from './closed-loop.js';

// Progress on stderr: a bar per phase on a terminal, else one line when a phase starts and ends.

export interface PhaseProgress {
  update(p: LoopProgress): void;
  done(stats: LoopStats): void;
  failed(): void;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export function note(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function phaseProgress(label: string, durationMs: number): PhaseProgress {
  const totalS = durationMs / 1_000;
  if (!process.stderr.isTTY) {
    note(`  ${label}: running for ${totalS}s…`);
    return {
      update() {},
      done: (s) =>
        note(`  ${label}: ${fmt(s.eventsPerSec)} events/s (${fmt(s.events)} events, p50 ${s.latencyMs.p50} ms/batch)`),
      failed: () => note(`  ${label}: failed`),
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `  {label} |{bar}| {elapsed}/{total}s  {rate} events/s`,
      barsize: 24,
      hideCursor: true,
      clearOnComplete: false,
      fps: 8,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(totalS, 0, { label: label.padEnd(34), elapsed: '0.0', rate: '-' });
  return {
    update(p) {
      const s = p.elapsedMs / 1_000;
      bar.update(Math.min(totalS, s), { elapsed: s.toFixed(1), rate: s > 0 ? fmt(p.events / s) : '-' });
    },
    done(stats) {
      bar.update(totalS, { elapsed: (stats.elapsedMs / 1_000).toFixed(1), rate: fmt(stats.eventsPerSec) });
      bar.stop();
    },
    failed() {
      bar.stop();
    },
  };
}
