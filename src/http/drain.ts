import type { NextFunction, Request, Response } from 'express';

/**
 * Counts HTTP requests in flight and, once draining, turns new ones away with 503 and
 * `Connection: close`, so keep-alive clients stop bringing turns to an instance that is stopping.
 */
export class Drain {
  private active = 0;
  private draining = false;

  get inFlight(): number {
    return this.active;
  }

  start(): void {
    this.draining = true;
  }

  readonly middleware = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.draining) {
      res.set('Connection', 'close').status(503).json({ error: 'shutting down; please retry' });
      return;
    }
    this.active += 1;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      this.active -= 1;
    };
    res.once('finish', finish);
    res.once('close', finish);
    next();
  };
}
