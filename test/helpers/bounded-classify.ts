import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Prediction } from '../../src/core/classify/index.ts';

const CHILD = fileURLToPath(new URL('./classify-child.ts', import.meta.url));

export interface Timed {
  prediction: Prediction;
  ms: number;
}

/**
 * The classifier in a child process that is killed when one item runs past `deadlineMs`, so that a
 * rule gone exponential fails the test that found it, with the item's name, instead of hanging
 * the suite (synchronous code cannot be interrupted in the test's own process: vitest's timeout
 * never gets to fire). A killed child is replaced for the next item.
 */
export class BoundedClassifier {
  private child: ChildProcess | null = null;
  private ready: Promise<void> | null = null;
  private key = 0;

  /** `script` is for the helper's own test, which gives it a child that never answers. */
  constructor(
    private readonly deadlineMs: number,
    private readonly script = CHILD,
  ) {}

  private start(): Promise<void> {
    const child = fork(this.script, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.child = child;
    this.ready = new Promise((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the classifier's child process exited with ${code} before it was ready`)));
    });
    return this.ready;
  }

  async classify(name: string, item: { id: number; text?: string }): Promise<Timed> {
    if (!this.child) await this.start();
    else await this.ready;
    const child = this.child!;
    const key = ++this.key;
    return new Promise<Timed>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      const onMessage = (msg: { key?: number; ms: number; prediction?: Prediction; error?: string }) => {
        if (msg.key !== key) return;
        done();
        if (msg.error !== undefined) reject(new Error(`${name}: the classifier threw: ${msg.error}`));
        else resolve({ prediction: msg.prediction!, ms: msg.ms });
      };
      const onExit = (code: number | null) => {
        done();
        this.child = null;
        reject(new Error(`${name}: the classifier's child process exited with ${code}`));
      };
      const timer = setTimeout(() => {
        done();
        this.child = null;
        child.kill('SIGKILL');
        reject(new Error(`${name}: not classified after ${this.deadlineMs / 1000} s (the child process was killed): a rule tries too many ways`));
      }, this.deadlineMs);
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ key, item });
    });
  }

  stop(): void {
    this.child?.kill('SIGKILL');
    this.child = null;
  }
}
