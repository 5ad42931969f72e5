import type { CrawlProgress } from '../core/hn/crawl.ts';

/** A one-line progress bar for terminals: threads, items, rate, errors. Redrawn at most 10×/s. */
export function progressBar(write: (s: string) => void): { update(p: CrawlProgress): void; done(): void } {
  const started = Date.now();
  let last = 0;
  let lastLine = '';
  const render = (p: CrawlProgress) => {
    const secs = Math.max(0.001, (Date.now() - started) / 1000);
    const width = 24;
    const frac = p.threadsTotal ? p.threadsDone / p.threadsTotal : 0;
    const bar = '█'.repeat(Math.round(frac * width)).padEnd(width, '░');
    lastLine = `${bar} threads ${p.threadsDone}/${p.threadsTotal}  items ${p.itemsDone}  ${(p.itemsDone / secs).toFixed(0)}/s  requests ${p.requests}  errors ${p.errors}`;
    write(`\r\x1b[2K${lastLine}`);
  };
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100 && p.threadsDone < p.threadsTotal) return;
      last = now;
      render(p);
    },
    done() {
      if (lastLine) write('\n');
    },
  };
}
