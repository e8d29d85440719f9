import type { Page } from '@playwright/test';
import type { Frame } from './webm-encoder';

export interface Screencast {
  /** Stops capturing; returns the frames and the stop time (seconds, the frames' clock). */
  stop: () => Promise<{ frames: Frame[]; end: number }>;
}

/**
 * Records a page through the Chrome DevTools Protocol (Playwright's own recordVideo needs its
 * ffmpeg download): Page.startScreencast sends a JPEG each time the page paints; each is acked
 * (or Chromium stops sending) and kept with its timestamp.
 */
export async function startScreencast(
  page: Page,
  size: { width: number; height: number },
): Promise<Screencast> {
  const session = await page.context().newCDPSession(page);
  const frames: Frame[] = [];
  session.on('Page.screencastFrame', ({ data, metadata, sessionId }) => {
    frames.push({
      jpeg: Buffer.from(data, 'base64'),
      timestamp: metadata.timestamp ?? Date.now() / 1000,
    });
    session.send('Page.screencastFrameAck', { sessionId }).catch(() => undefined);
  });
  await session.send('Page.startScreencast', {
    format: 'jpeg',
    quality: 80,
    everyNthFrame: 1,
    maxWidth: size.width,
    maxHeight: size.height,
  });
  return {
    stop: async () => {
      const end = Math.max(Date.now() / 1000, frames.at(-1)?.timestamp ?? 0);
      await session.send('Page.stopScreencast').catch(() => undefined);
      await session.detach().catch(() => undefined);
      return { frames, end };
    },
  };
}
