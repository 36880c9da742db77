import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../store/db.js';
import type { Logger } from '../shared/logger.js';
import { safeError } from '../shared/safe-error.js';
import { readOperationsSnapshot, type OperationsSnapshot } from '../store/operations-snapshot.js';
import { addCalendarDays, toLocalDate } from '../shared/local-date.js';
import { FINAL_STATUSES } from '../pipeline/decide/request-state.js';
import { DatabaseGauges } from './database-gauges.js';
import type { DaemonWatch } from './daemon-watch.js';
import { judgeHealth } from './judge-health.js';

export interface OpsServerOptions {
  host: string;
  port: number;
  db: Db;
  watch: DaemonWatch;
  log: Logger;
  clock: () => Date;
  timeZone: string;
  /** "Near the deadline": due within this many days (STAFF_ALERT_DAYS_BEFORE). */
  nearDays: number;
  /** The mailbox must have answered within this long (HEALTH_MAX_READ_AGE_SECONDS). */
  maxReadAgeMs: number;
  /** Pending mail due longer ago than this is overdue (HEALTH_OUTBOX_OVERDUE_SECONDS). */
  outboxOverdueMs: number;
}

/** The port cannot be listened on (in use, or a privileged port): the operator changes METRICS_PORT or METRICS_HOST. */
export class MetricsListenError extends Error {
  readonly code = 'METRICS_LISTEN_FAILED';
  constructor(
    readonly host: string,
    readonly port: number,
    readonly reason: string,
  ) {
    super(`cannot listen on ${host}:${port} (${reason})`);
    this.name = 'MetricsListenError';
  }
}

export interface OpsServer {
  /** The bound port (useful when 0 asked for a free one). */
  port: number;
  close(): Promise<void>;
}

/**
 * The operator's HTTP endpoints (issue 17 must-show 1): `GET /healthz` (200 or 503, a JSON body
 * naming each check) and `GET /metrics` (Prometheus text format, prom-client). Read-only, no
 * personal data, bound to loopback unless METRICS_HOST says otherwise.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const gauges = new DatabaseGauges(options.watch.registry);
  const server = http.createServer((req, res) => {
    void respond(options, gauges, req.method ?? 'GET', (req.url ?? '/').split('?')[0] ?? '/', res).catch((err: unknown) => {
      options.log.error({ event: 'ops_request_failed', err: safeError(err) }, 'answering /healthz or /metrics failed; the daemon goes on');
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error\n');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => reject(new MetricsListenError(options.host, options.port, err.code ?? 'error')));
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  options.log.info({ event: 'ops_listening', host: options.host, port }, `health at http://${options.host}:${port}/healthz, metrics at /metrics`);
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function respond(options: OpsServerOptions, gauges: DatabaseGauges, method: string, path: string, res: http.ServerResponse): Promise<void> {
  if (method !== 'GET' || (path !== '/healthz' && path !== '/metrics')) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
    return;
  }
  const now = options.clock();
  const snapshot = await readSnapshot(options, now);
  if (path === '/healthz') {
    const report = judgeHealth({
      now,
      lastReadAt: options.watch.lastReadAt,
      standingBy: options.watch.standby,
      maxReadAgeMs: options.maxReadAgeMs,
      database: 'code' in snapshot ? { ok: false, code: snapshot.code } : { ok: true, outboxOverdue: snapshot.outboxOverdue },
    });
    res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' }).end(`${JSON.stringify(report)}\n`);
    return;
  }
  if (!('code' in snapshot)) gauges.update(snapshot, now);
  // A database that does not answer still leaves the process's own counters to scrape.
  res.writeHead('code' in snapshot ? 503 : 200, { 'content-type': options.watch.registry.contentType }).end(await options.watch.registry.metrics());
}

async function readSnapshot(options: OpsServerOptions, now: Date): Promise<OperationsSnapshot | { code: string }> {
  const today = toLocalDate(now, options.timeZone);
  try {
    return await readOperationsSnapshot(options.db, {
      today,
      nearUntil: addCalendarDays(today, options.nearDays),
      overdueBefore: new Date(now.getTime() - options.outboxOverdueMs),
      finalStatuses: FINAL_STATUSES,
    });
  } catch (err) {
    const safe = safeError(err);
    return { code: String(safe.code ?? safe.type) };
  }
}
