import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';

/** Not 4173 (npm start, the tests, the demo): the bench serves its own build beside them. */
export const BENCH_PORT = 4191;
export const BENCH_URL = `http://127.0.0.1:${BENCH_PORT}`;

/** True when the URL answers 200 within a second. */
function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 1_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

/** Runs a command in its own process group, collecting its output; rejects with the output's tail on failure. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4_000));
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`\`${command} ${args.join(' ')}\` exited with ${code}:\n${output.trim()}`),
        );
    });
  });
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

export interface BenchServer {
  url: string;
  stop: () => void;
}

/**
 * Serves dist/ with `vite preview` on the bench port, in its own process group; `stop()` ends that
 * group and is also called on exit and on Ctrl-C. A server already on the port is refused: it
 * might serve another build than the one just made.
 */
export async function startBenchServer(timeoutMs = 30_000): Promise<BenchServer> {
  if (await answers(BENCH_URL))
    throw new Error(`something already answers at ${BENCH_URL}; stop it first`);
  const child = spawn(
    'node_modules/.bin/vite',
    ['preview', '--host', '127.0.0.1', '--port', String(BENCH_PORT), '--strictPort'],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
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
  while (!(await answers(BENCH_URL))) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited with ${child.exitCode}:\n${stderr.trim()}`);
    if (Date.now() > deadline) {
      stop();
      throw new Error(
        `${BENCH_URL} did not answer within ${timeoutMs / 1000} s:\n${stderr.trim()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url: BENCH_URL, stop };
}
