import { describe, expect, it } from 'vitest';
import { WatchTracker, type PlaybackState } from '@/features/courses/utils/watch-segments';

const PLAYING: PlaybackState = { playing: true, visible: true, rate: 1 };

/** Plays from `from` to `to` at `rate`, with a timeupdate every 250 ms of wall time. */
function play(tracker: WatchTracker, from: number, to: number, state: PlaybackState = PLAYING) {
  const step = 0.25 * state.rate;
  for (let t = from; t <= to + 1e-9; t += step) tracker.observe(Math.min(t, to), state);
}

describe('WatchTracker', () => {
  it('reports continuous playback as one segment', () => {
    const tracker = new WatchTracker();
    play(tracker, 0, 15);
    expect(tracker.take()).toEqual([{ fromSecond: 0, toSecond: 15 }]);
  });

  it('does not count the part skipped by seeking ahead', () => {
    const tracker = new WatchTracker();
    play(tracker, 0, 10);
    play(tracker, 300, 310);
    expect(tracker.take()).toEqual([
      { fromSecond: 0, toSecond: 10 },
      { fromSecond: 300, toSecond: 310 },
    ]);
  });

  it('reports a rewatched stretch again, for the server to count once', () => {
    const tracker = new WatchTracker();
    play(tracker, 0, 20);
    tracker.seeked(5);
    play(tracker, 5, 15);
    expect(tracker.take()).toEqual([
      { fromSecond: 0, toSecond: 20 },
      { fromSecond: 5, toSecond: 15 },
    ]);
  });

  it('counts nothing while the tab is hidden or the video paused', () => {
    const tracker = new WatchTracker();
    play(tracker, 0, 10);
    play(tracker, 10, 40, { playing: true, visible: false, rate: 1 });
    play(tracker, 40, 50, { playing: false, visible: true, rate: 1 });
    play(tracker, 50, 60);
    expect(tracker.take()).toEqual([
      { fromSecond: 0, toSecond: 10 },
      { fromSecond: 50, toSecond: 60 },
    ]);
  });

  it('keeps 4× playback continuous and reports the media time played', () => {
    const tracker = new WatchTracker();
    play(tracker, 0, 60, { playing: true, visible: true, rate: 4 });
    expect(tracker.take()).toEqual([{ fromSecond: 0, toSecond: 60 }]);
  });

  it('treats a jump of a few seconds at normal speed as a seek', () => {
    const tracker = new WatchTracker();
    play(tracker, 0, 10);
    tracker.observe(13, PLAYING);
    play(tracker, 13, 20);
    expect(tracker.take()).toEqual([
      { fromSecond: 0, toSecond: 10 },
      { fromSecond: 13, toSecond: 20 },
    ]);
  });

  it('continues a segment across heartbeats without overlap or gap', () => {
    const tracker = new WatchTracker();
    play(tracker, 0, 15);
    expect(tracker.take()).toEqual([{ fromSecond: 0, toSecond: 15 }]);
    play(tracker, 15.25, 30);
    expect(tracker.take()).toEqual([{ fromSecond: 15, toSecond: 30 }]);
    expect(tracker.take()).toEqual([]);
  });
});
