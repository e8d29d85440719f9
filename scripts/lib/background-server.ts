import { spawn, type ChildProcess } from 'node:child_process';

/** True when the URL answers with a 2xx status within a second. */
export async function answers(url: string): Promise<boolean> {
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

export interface ServerCommand {
  command: string;
  args: string[];
  /** The URL that answers once the server is up. */
  url: string;
  timeoutMs: number;
}

/**
 * Spawns a server in its own process group and waits until its URL answers. The returned `stop()`
 * kills that group; it is also called on exit and on Ctrl-C, so no server is left behind. Rejects
 * with the server's stderr if it exits first or does not answer in time.
 */
export async function spawnServer({
  command,
  args,
  url,
  timeoutMs,
}: ServerCommand): Promise<() => void> {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
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
  const name = `\`${[command, ...args].join(' ')}\``;
  const deadline = Date.now() + timeoutMs;
  while (!(await answers(url))) {
    if (child.exitCode !== null)
      throw new Error(
        `${name} exited with code ${child.exitCode} before serving:\n${stderr.trim()}`,
      );
    if (Date.now() > deadline) {
      stop();
      throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${stderr.trim()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return stop;
}
