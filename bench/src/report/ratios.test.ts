import { describe, expect, it } from 'vitest';
import type { ThroughputSample } from '../throughput.js';
import { RATIO_GOALS, ratioFor } from './ratios.js';

function sample(round: number, variant: 'native' | 'httpwire', route: 'direct404' | 'throw404', rate: number) {
  const rest = {
    p50Ms: 1,
    p99Ms: 2,
    requests: 100,
    failures: 0,
    bytesPerResponse: 200,
    serverCpuMicrosPerRequest: 1e6 / rate,
  };
  return { round, stack: 'fastify', variant, route, requestsPerSecond: rate, ...rest } as ThroughputSample;
}

const exception = RATIO_GOALS.find((goal) => goal.id === 'exception');
if (exception === undefined) throw new Error('the exception goal is missing');

describe('ratioFor', () => {
  it('divides the medians and pairs the rounds', () => {
    const samples = [
      sample(1, 'native', 'direct404', 100),
      sample(1, 'httpwire', 'throw404', 95),
      sample(2, 'native', 'direct404', 200),
      sample(2, 'httpwire', 'throw404', 180),
      sample(3, 'native', 'direct404', 150),
      sample(3, 'httpwire', 'throw404', 150),
    ];
    const result = ratioFor(samples, 'fastify', exception);
    expect(result.ratio).toBe(1);
    expect(result.cpuRatio).toBeCloseTo(1);
    expect(result.paired).toEqual({ median: 0.95, min: 0.9, max: 1 });
    expect(result.verdict).toBe('met');
  });

  it('says "within noise" when only some rounds reach the target, and "missed" when none do', () => {
    const noisy = [
      sample(1, 'native', 'direct404', 100),
      sample(1, 'httpwire', 'throw404', 95),
      sample(2, 'native', 'direct404', 100),
      sample(2, 'httpwire', 'throw404', 80),
      sample(3, 'native', 'direct404', 100),
      sample(3, 'httpwire', 'throw404', 85),
    ];
    expect(ratioFor(noisy, 'fastify', exception).verdict).toBe('within noise');
    const slow = noisy.map((each) => (each.variant === 'httpwire' ? { ...each, requestsPerSecond: 50 } : each));
    expect(ratioFor(slow, 'fastify', exception).verdict).toBe('missed');
  });
});
