/** A stretch of media time actually played, in seconds of the video. */
export type Segment = { fromSecond: number; toSecond: number };

export type PlaybackState = {
  /** The video is playing (not paused, not ended, not waiting for data). */
  playing: boolean;
  /** The tab is visible (`!document.hidden`). */
  visible: boolean;
  /** `video.playbackRate`. */
  rate: number;
};

/** Wall-clock seconds between two `timeupdate` events beyond which a jump is a seek, not playback. */
const MAX_GAP_SECONDS = 2;

/**
 * Turns `timeupdate` observations into the segments a heartbeat reports: only media time that
 * advanced while playing in a visible tab counts; a jump (seek ahead or back) starts a new segment
 * instead of counting the skipped part. The server takes the union, caps the rate and decides.
 */
export class WatchTracker {
  private closed: Segment[] = [];
  private current: Segment | null = null;
  private last: number | null = null;

  observe(time: number, state: PlaybackState): void {
    if (!state.playing || !state.visible) {
      this.close();
      this.last = null;
      return;
    }
    if (this.last === null) {
      this.last = time;
      return;
    }
    const delta = time - this.last;
    if (delta <= 0 || delta > MAX_GAP_SECONDS * Math.max(state.rate, 1)) {
      this.close();
    } else if (this.current) {
      this.current.toSecond = time;
    } else {
      this.current = { fromSecond: this.last, toSecond: time };
    }
    this.last = time;
  }

  /** A seek the player reports (`seeking` event): what follows is not continuous with what came before. */
  seeked(time: number): void {
    this.close();
    this.last = time;
  }

  /** The segments since the previous call; a segment still being played continues from where it was cut. */
  take(): Segment[] {
    const taken = [...this.closed];
    if (this.current && this.current.toSecond > this.current.fromSecond) {
      taken.push({ ...this.current });
      this.current = { fromSecond: this.current.toSecond, toSecond: this.current.toSecond };
    }
    this.closed = [];
    return taken
      .filter((s) => s.toSecond - s.fromSecond >= 0.05)
      .map((s) => ({ fromSecond: round(s.fromSecond), toSecond: round(s.toSecond) }));
  }

  private close(): void {
    if (this.current && this.current.toSecond > this.current.fromSecond) this.closed.push(this.current);
    this.current = null;
  }
}

const round = (seconds: number) => Math.round(seconds * 10) / 10;
