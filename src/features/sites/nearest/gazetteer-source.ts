import { cachedRead } from '@/lib/cached-read';
import { fetchTrialData } from '@/lib/parse-in-worker';
import { GAZETTEER_DIR, GAZETTEER_INDEX_FILE, gazetteerChunkFile } from '@/trial/gazetteer-files';
import type { GazetteerIndex, GazetteerPlace } from '@/trial/gazetteer-format';

/**
 * How the place box reads the gazetteer's files: fetched and parsed by the data worker, each once
 * a page (a failed read is forgotten, so the next focus tries again). Which files are read depends
 * only on the trial (its countries), never on what the reader types, so the requests say nothing
 * about the reader.
 *
 * In the page's own chunk and handed to the place box's lazy chunk: that chunk importing the data
 * reader itself made the bundler split React and the shared components out of the page's first
 * chunk (4 kB more of initial JavaScript, in more files).
 */
export interface GazetteerSource {
  index: () => Promise<GazetteerIndex>;
  /** One country's places (`code`: ISO alpha-2), or null for world.json's large cities. */
  chunk: (code: string | null) => Promise<GazetteerPlace[]>;
}

const indexReads = new Map<string, Promise<GazetteerIndex>>();
const chunkReads = new Map<string, Promise<GazetteerPlace[]>>();
const pathOf = (file: string) => `${GAZETTEER_DIR}/${file}`;

export const gazetteerSource: GazetteerSource = {
  index: () =>
    cachedRead(indexReads, GAZETTEER_INDEX_FILE, () =>
      fetchTrialData(pathOf(GAZETTEER_INDEX_FILE), 'gazetteerIndex'),
    ),
  chunk: (code) => {
    const file = gazetteerChunkFile(code);
    return cachedRead(chunkReads, file, () => fetchTrialData(pathOf(file), 'gazetteerChunk'));
  },
};
