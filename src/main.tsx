import { afterFirstFrame } from '@/app/after-first-frame';
import { startPageReads } from '@/app/page-reads';
import { readPrerenderedPage } from '@/app/prerendered-page';
import '@/app/global.css';

/**
 * The page's first script, kept small: it hands a prerendered page's data to the data worker at
 * once, then lets the browser paint before the app's code (start-app, a chunk the page preloads)
 * evaluates and takes the page over.
 */
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const page = readPrerenderedPage(document, root);
const prerendered = page ? { page, reads: startPageReads(page) } : null;
afterFirstFrame(() => {
  void import('@/app/start-app').then(({ startApp }) => startApp(root, prerendered));
});
