import { spawn, type ChildProcess } from 'node:child_process';

export const PREVIEW_URL = 'http://127.0.0.1:4173';

export interface PreviewServer {
  url: string;
  /** True when the demo started the server (and so must stop it). */
  spawned: boolean;
  stop: () => void;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM'); // the whole group: npm, its sub-npm runs and vite
  } catch {
    // already gone
  }
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
  const child = spawn('npm', ['run', 'preview'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = () => stopGroup(child);
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }

  const deadline = Date.now() + timeoutMs;
  while (!(await answers(PREVIEW_URL))) {
    if (child.exitCode !== null) {
      throw new Error(
        `\`npm run preview\` exited with code ${child.exitCode} before serving:\n${stderr.trim()}`,
      );
    }
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${PREVIEW_URL} did not answer within ${timeoutMs / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url: PREVIEW_URL, spawned: true, stop };
}
