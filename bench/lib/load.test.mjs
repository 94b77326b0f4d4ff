import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile, runLoad } from './load.mjs';

test('percentile picks the nearest-rank value', () => {
  const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  assert.equal(percentile(sorted, 0.5), 5);
  assert.equal(percentile(sorted, 0.95), 10);
});

test('load stops at the request budget and counts failures apart', async () => {
  const result = await runLoad({
    concurrency: 3,
    durationMs: 5000,
    maxRequests: 10,
    request: async (sequence) => {
      if (sequence % 5 === 0) throw new Error('boom');
    },
  });
  assert.equal(result.requests + result.failures, 10);
  assert.equal(result.failures, 2);
  assert.equal(result.firstFailure, 'boom');
});
