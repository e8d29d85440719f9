import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createResizeReporter } from './resize-reporter';

describe('createResizeReporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports the last height of a burst once, after the quiet period', () => {
    const report = vi.fn();
    const reporter = createResizeReporter(report, 100);
    reporter.measure(100);
    reporter.measure(200.2);
    vi.advanceTimersByTime(99);
    expect(report).not.toHaveBeenCalled();
    reporter.measure(300.4);
    vi.advanceTimersByTime(100);
    expect(report.mock.calls).toEqual([[301]]);
  });

  it('does not repeat an unchanged height', () => {
    const report = vi.fn();
    const reporter = createResizeReporter(report, 100);
    reporter.measure(250);
    vi.advanceTimersByTime(100);
    reporter.measure(250);
    vi.advanceTimersByTime(100);
    reporter.measure(260);
    vi.advanceTimersByTime(100);
    expect(report.mock.calls).toEqual([[250], [260]]);
  });

  it('reports nothing after dispose', () => {
    const report = vi.fn();
    const reporter = createResizeReporter(report, 100);
    reporter.measure(250);
    reporter.dispose();
    vi.advanceTimersByTime(500);
    expect(report).not.toHaveBeenCalled();
  });
});
