import { pino } from 'pino';
import { Simulation, type SimulationOptions } from '../generator/simulation.js';
import type { GeneratedEvent } from '../ground-truth.js';

export const T0 = Date.parse('2026-03-01T02:00:00Z');
export const silentLogger = pino({ level: 'silent' });

/** Moves a Simulation through time in 250 ms ticks, as the event pump does. */
export class SimDriver {
  readonly sim: Simulation;
  now = T0;

  constructor(options: Partial<SimulationOptions> = {}) {
    this.sim = new Simulation({ seed: 1, rate: 20, problemShare: 0.08, ...options });
  }

  advance(seconds: number, stepMs = 250): GeneratedEvent[] {
    const out: GeneratedEvent[] = [];
    const end = this.now + seconds * 1000;
    while (this.now < end) {
      this.now += stepMs;
      out.push(...this.sim.tick(this.now));
    }
    return out;
  }

  /** Runs until at least `count` events came out. */
  take(count: number): GeneratedEvent[] {
    const out: GeneratedEvent[] = [];
    let idle = 0;
    while (out.length < count && idle < 10_000) {
      this.now += 250;
      const events = this.sim.tick(this.now);
      idle = events.length === 0 ? idle + 1 : 0;
      out.push(...events);
    }
    return out;
  }
}

export function texts(events: readonly GeneratedEvent[]): string[] {
  return events.map((e) => {
    const d = e.envelope.data as { text?: string; title?: string; description?: string };
    return d.text ?? `${d.title ?? ''}\n${d.description ?? ''}`;
  });
}
