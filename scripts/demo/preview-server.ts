import { answers, spawnServer } from '../lib/background-server';

/** 4173 (`npm start`) unless PREVIEW_PORT says otherwise (beside another preview that is up). */
const PORT = Number(process.env.PREVIEW_PORT ?? 4173);
export const PREVIEW_URL = `http://127.0.0.1:${String(PORT)}`;

export interface PreviewServer {
  url: string;
  /** True when the demo started the server (and so must stop it). */
  spawned: boolean;
  stop: () => void;
}

/**
 * Reuses a server already answering on the preview URL, or spawns `npm run preview` (data + build +
 * `vite preview`) in its own process group and waits for it. `stop()` kills that group; it is also
 * called on exit and on Ctrl-C, so no server is left behind.
 */
export async function startPreviewServer(
  log: (line: string) => void,
  timeoutMs = 180_000,
): Promise<PreviewServer> {
  if (await answers(PREVIEW_URL)) {
    log(`reusing the server already answering at ${PREVIEW_URL}`);
    return { url: PREVIEW_URL, spawned: false, stop: () => undefined };
  }
  log(`starting \`npm run preview\` (data + build + vite preview)…`);
  const stop = await spawnServer({
    command: 'npm',
    args: PORT === 4173 ? ['run', 'preview'] : ['run', 'preview', '--', '--port', String(PORT)],
    url: PREVIEW_URL,
    timeoutMs,
  });
  return { url: PREVIEW_URL, spawned: true, stop };
}
