import { parseArgs } from 'node:util';

export interface BenchArgs {
  messages: number;
  /** Size of the one large message in MB (0: none). */
  largeMb: number;
  latencyRequests: number;
  /** Random pause between latency requests, uniform in this range (ms). */
  latencyIntervalMs: [number, number];
  postgres: boolean;
  out: string;
}

/** `npm run bench -- --messages N [--large-mb 25] [--latency-requests 200] [--no-postgres] [--out FILE]` */
export function benchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      messages: { type: 'string', default: '5000' },
      'large-mb': { type: 'string', default: '25' },
      'latency-requests': { type: 'string', default: '200' },
      'latency-interval-ms': { type: 'string', default: '100-400' },
      'no-postgres': { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/results/latest.json' },
    },
  });
  const whole = (name: string, value: string | undefined, min: number): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}, got ${value}`);
    return n;
  };
  const [low, high] = (values['latency-interval-ms'] ?? '').split('-').map(Number);
  if (low === undefined || high === undefined || !(low >= 0 && high >= low)) throw new Error('--latency-interval-ms must look like 100-400');
  return {
    messages: whole('messages', values.messages, 1),
    largeMb: whole('large-mb', values['large-mb'], 0),
    latencyRequests: whole('latency-requests', values['latency-requests'], 1),
    latencyIntervalMs: [low, high],
    postgres: !values['no-postgres'],
    out: values.out ?? 'bench/results/latest.json',
  };
}
