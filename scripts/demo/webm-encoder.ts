import { spawn, spawnSync } from 'node:child_process';
import { frameSchedule } from './frame-schedule';

export interface Frame {
  jpeg: Buffer;
  /** Seconds (the screencast's metadata.timestamp). */
  timestamp: number;
}

const INSTALL_HINT =
  'ffmpeg not found: the demo encodes its video with it. Install it with `sudo apt-get install -y ffmpeg` (Debian/Ubuntu) or `brew install ffmpeg` (macOS).';

/** Throws one clear line when the system ffmpeg (with libvpx) is missing. */
export function requireFfmpeg(): void {
  const probe = spawnSync('ffmpeg', ['-hide_banner', '-encoders'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error(INSTALL_HINT);
  if (!probe.stdout.includes('libvpx'))
    throw new Error('ffmpeg has no libvpx (VP8) encoder: install a full ffmpeg build.');
}

/**
 * Encodes screencast frames as a VP8 webm at a constant frame rate: JPEGs go to ffmpeg's stdin
 * (image2pipe), each repeated for as long as it was on screen.
 */
export async function encodeWebm(
  frames: readonly Frame[],
  end: number,
  path: string,
  size: { width: number; height: number },
  fps = 15,
): Promise<void> {
  if (frames.length === 0) throw new Error('the screencast captured no frames');
  const args = [
    ...['-hide_banner', '-loglevel', 'error', '-y'],
    ...['-f', 'image2pipe', '-framerate', String(fps), '-c:v', 'mjpeg', '-i', '-'],
    ...['-vf', `scale=${size.width}:${size.height},format=yuv420p`],
    ...['-c:v', 'libvpx', '-b:v', '1500k', '-deadline', 'realtime', '-cpu-used', '8', '-an', path],
  ];
  const ffmpeg = spawn('ffmpeg', args, { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  ffmpeg.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    ffmpeg.on('error', reject);
    ffmpeg.on('close', resolve);
  });
  const schedule = frameSchedule(
    frames.map((frame) => frame.timestamp),
    end,
    fps,
  );
  for (const index of schedule) {
    const frame = frames[index];
    if (frame === undefined) continue;
    if (!ffmpeg.stdin.write(frame.jpeg))
      await new Promise((resolve) => ffmpeg.stdin.once('drain', resolve));
  }
  ffmpeg.stdin.end();
  const code = await exited;
  if (code !== 0) throw new Error(`ffmpeg failed (exit ${code}): ${stderr.trim()}`);
}
