import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { scheduleJobs } from '../../../src/jobs/schedule-jobs.js';
import { createLogger } from '../../../src/shared/logger.js';

it('keeps node-cron`s overlap messages in the structured log and goes on after a failing run', async () => {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  let runs = 0;
  const jobs = scheduleJobs(
    [
      {
        name: 'slow',
        schedule: '* * * * * *',
        run: async () => {
          runs++;
          await new Promise((resolve) => setTimeout(resolve, 1500));
          throw new Error('boom');
        },
      },
    ],
    'America/Los_Angeles',
    createLogger('debug', sink),
  );
  await new Promise((resolve) => setTimeout(resolve, 4600));
  await jobs.stop();
  expect(runs).toBeGreaterThanOrEqual(2);
  expect(lines.some((l) => l.event === 'cron_overlap' && l.job === 'slow')).toBe(true);
  expect(lines.some((l) => l.event === 'job_failed' && (l.err as { message?: string } | undefined)?.message === 'boom')).toBe(true);
});
