/**
 * Event-loop lag of the extension host, measured from inside it: a 10 ms interval timer whose
 * late firings are the time something held the main thread (our providers, VS Code's own
 * extension-host work, the test). Shared by the timing and responsiveness suites.
 */
export interface Stall {
  /** performance.now() when the stall ended. */
  at: number;
  ms: number;
}

export class LagMonitor {
  private timer: ReturnType<typeof setInterval> | undefined;
  private last = 0;
  readonly stalls: Stall[] = [];
  max = 0;

  constructor(
    private readonly tickMs = 10,
    /** Stalls at least this long are kept (and printed as they end when `GANGMU_TRACE` is set). */
    private readonly keepMs = 50,
  ) {}

  start(): this {
    this.last = performance.now();
    this.timer = setInterval(() => {
      const now = performance.now();
      const lag = now - this.last - this.tickMs;
      this.last = now;
      if (lag > this.max) this.max = lag;
      if (lag >= this.keepMs) {
        this.stalls.push({ at: now, ms: lag });
        if (process.env.GANGMU_TRACE) console.log(`  [gangmu-trace ${Math.round(now)}] STALL ${lag.toFixed(0)} ms`);
      }
    }, this.tickMs);
    return this;
  }

  /** Max lag and stalls since the last reset; resets. */
  take(): { max: number; stalls: Stall[] } {
    const r = { max: this.max, stalls: this.stalls.splice(0) };
    this.max = 0;
    return r;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}

export function describeStalls(stalls: Stall[]): string {
  if (!stalls.length) return 'none ≥ 50 ms';
  const total = stalls.reduce((a, s) => a + s.ms, 0);
  const top = [...stalls].sort((a, b) => b.ms - a.ms).slice(0, 5).map((s) => s.ms.toFixed(0));
  return `${stalls.length} ≥ 50 ms, ${total.toFixed(0)} ms in all, longest ${top.join(', ')}`;
}
