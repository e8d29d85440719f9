import { spawn } from 'node:child_process';
import { answers, spawnServer } from '../lib/background-server';

/** Not 4173 (npm start, the tests, the demo): the bench serves its own build beside them. */
export const DEFAULT_BENCH_PORT = 4191;

/** The port to serve on: `BENCH_PORT` from the environment (to run beside another bench), else 4191. */
export function benchPort(env: NodeJS.ProcessEnv): number {
  const given = env.BENCH_PORT;
  if (given === undefined || given === '') return DEFAULT_BENCH_PORT;
  const port = Number(given);
  if (!/^\d+$/.test(given) || port < 1 || port > 65_535)
    throw new Error(`BENCH_PORT must be a port number, 1 to 65535 (got "${given}")`);
  return port;
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

export interface BenchServer {
  url: string;
  stop: () => void;
}

/**
 * Serves dist/ with `vite preview` on the bench port, in its own process group; `stop()` ends that
 * group and is also called on exit and on Ctrl-C. A server already on the port is refused: it
 * might serve another build than the one just made.
 */
export async function startBenchServer(port: number, timeoutMs = 30_000): Promise<BenchServer> {
  const url = `http://127.0.0.1:${port}`;
  if (await answers(url))
    throw new Error(`something already answers at ${url}; stop it first (or set BENCH_PORT)`);
  const stop = await spawnServer({
    command: 'node_modules/.bin/vite',
    args: ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    url,
    timeoutMs,
  });
  return { url, stop };
}
