import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('WEB_CONCURRENCY', () => {
  it('runs one process per core in production and one otherwise, by default', () => {
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 's' }).webConcurrency).toBe(
      os.availableParallelism(),
    );
    expect(loadConfig({}).webConcurrency).toBe(1);
    expect(
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 's', WEB_CONCURRENCY: '' }).webConcurrency,
    ).toBe(os.availableParallelism());
  });

  it('takes the number asked for, and refuses what is not a positive number', () => {
    expect(loadConfig({ WEB_CONCURRENCY: '3' }).webConcurrency).toBe(3);
    expect(() => loadConfig({ WEB_CONCURRENCY: '0' })).toThrow(/WEB_CONCURRENCY must be a positive integer/);
    expect(() => loadConfig({ WEB_CONCURRENCY: 'many' })).toThrow(/WEB_CONCURRENCY/);
  });
});
