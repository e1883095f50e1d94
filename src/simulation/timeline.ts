/**
 * The timeline of a run for charts: every `sampleMs` from the start, the contacts waiting and the
 * agents busy, available (and idle) and logged in. Bounded: when `samplesMax` samples are reached, every
 * other sample is dropped and the step doubles, so a long run keeps its whole span at a coarser step.
 */

/** One sample: the state after every event at or before `atMs`. */
export interface TimelineSample {
  readonly atMs: number;
  /** Contacts queued or offered. */
  readonly waitingContacts: number;
  /** Agents holding at least one contact (talk or wrap-up). */
  readonly busyAgents: number;
  /** Agents available and holding nothing. */
  readonly availableAgents: number;
  /** Agents not offline. */
  readonly loggedInAgents: number;
}

/** A run's timeline. */
export interface Timeline {
  /** The step between samples (the scenario's `sampleMs`, doubled each time the samples were thinned). */
  readonly sampleMs: number;
  readonly samples: readonly TimelineSample[];
}

/** Where the counts of a sample come from. */
export interface TimelineSource {
  readonly waitingNow: number;
  readonly busyNow: number;
  readonly idle: number;
  readonly loggedIn: number;
}

/** Records samples as time passes. */
export class TimelineRecorder {
  private readonly samples: TimelineSample[] = [];
  private nextAtMs: number;

  constructor(
    private readonly startMs: number,
    private sampleMs: number,
    private readonly samplesMax: number,
    private readonly source: TimelineSource,
  ) {
    this.nextAtMs = startMs;
  }

  /** Records every sample due before `atMs` (call before applying an event at `atMs`). */
  advance(atMs: number): void {
    while (this.nextAtMs < atMs) this.record();
  }

  /** Records every sample due up to and including `atMs` (the end of the run). */
  finish(atMs: number): Timeline {
    while (this.nextAtMs <= atMs) this.record();
    return { sampleMs: this.sampleMs, samples: this.samples };
  }

  private record(): void {
    const s = this.source;
    this.samples.push({ atMs: this.nextAtMs, waitingContacts: s.waitingNow, busyAgents: s.busyNow, availableAgents: s.idle, loggedInAgents: s.loggedIn });
    this.nextAtMs += this.sampleMs;
    if (this.samples.length >= this.samplesMax) this.thin();
  }

  /** Keeps the samples at multiples of twice the step, and doubles it. */
  private thin(): void {
    let kept = 0;
    for (let i = 0; i < this.samples.length; i += 2) this.samples[kept++] = this.samples[i] as TimelineSample;
    this.samples.length = kept;
    this.sampleMs *= 2;
    const last = this.samples[kept - 1] as TimelineSample;
    this.nextAtMs = last.atMs + this.sampleMs;
  }
}
