/**
 * Runs an async job one at a time: asking while it runs makes it run once more after, so the last
 * change is always handled and never twice at once (the page's fetch of missing relations, in rounds).
 */
export class SingleFlight {
  private busy = false;
  private again = false;

  constructor(private readonly job: () => Promise<boolean>) {}

  /**
   * Runs the job (now, or once more after the current run). The job returns true while there is
   * more to do (it runs again at once), false when done.
   */
  async trigger(): Promise<void> {
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    try {
      let more: boolean;
      do {
        this.again = false;
        more = await this.job();
      } while (more || this.again);
    } finally {
      this.busy = false;
    }
  }
}
