import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { DataSource } from 'typeorm';
import { createContext, createServices, type Context } from './graphql/context.js';
import { budgetsFromEnv, CostLimits } from './graphql/cost-limits.js';
import { formatError } from './graphql/errors.js';
import { inputGuardPlugin } from './graphql/input-guard.js';
import { FileRoutes, noSuchFile } from './http/file-routes.js';
import { fileRouteDefinitions } from './http/file-route-definitions.js';
import { securityHeaders } from './http/security-headers.js';
import { serveClient } from './http/static-client.js';
import { serviceUnavailablePlugin } from './graphql/service-unavailable.js';
import { bodyAlwaysSet, graphqlBodyErrors } from './graphql/request-body.js';
import { createSchema } from './graphql/schema.js';
import { compiledExecution } from './graphql/compiled-execution.js';
import { serveSubscriptions } from './graphql/subscriptions.js';
import { startActivityBus } from './modules/activity/start-activity-bus.js';
import { passwordChangeGate } from './modules/auth/password-change-gate.js';
import type { MailConfig } from './config.js';
import { runDailyReminders, scheduleDailyReminders } from './modules/notification/daily-reminders.js';
import { createNotifier } from './modules/notification/notifier.js';

export type App = { url: string; port: number; stop(): Promise<void> };

export class PortInUseError extends Error {}

function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(`Port ${port} on ${host} is already in use: stop the other process or set PORT`) : error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

const HEALTH_TIMEOUT_MS = 2000;

function databaseAnswers(dataSource: DataSource): Promise<boolean> {
  const timeout = new Promise<boolean>((resolve) => setTimeout(resolve, HEALTH_TIMEOUT_MS, false).unref());
  return Promise.race([dataSource.query('SELECT 1').then(() => true, () => false), timeout]);
}

/** The HTTP server: GraphQL at /graphql and, when built, the client at /. */
export async function startApp(opts: {
  dataSource: DataSource;
  /** The database is the embedded PGlite (see Database.embedded). */
  embedded: boolean;
  host: string;
  port: number;
  clientDist?: string;
  /** Mark the session cookie Secure (behind HTTPS). */
  secureCookies?: boolean;
  /** express `trust proxy` (config TRUST_PROXY): whose X-Forwarded-For gives the client address. */
  trustProxy?: boolean | number | string;
  /** E-mail notifications (config SMTP_URL…); none: nothing is sent. */
  mail?: MailConfig | null;
  /** The daily due-date reminders on their 08:00 JST timer (default); tests run them at a time of their choosing instead. */
  dailyReminders?: boolean;
}): Promise<App> {
  const app = express();
  app.set('trust proxy', opts.trustProxy ?? false);
  const httpServer = http.createServer(app);
  const schema = await createSchema();
  const costLimits = new CostLimits(schema, budgetsFromEnv());
  const activity = await startActivityBus(opts.dataSource, opts.embedded);
  let url = '';
  const notifier = createNotifier(opts.dataSource, opts.mail, () => url);
  const services = createServices(opts.dataSource, activity.bus, notifier);
  const stopReminders = notifier && opts.dailyReminders !== false ? scheduleDailyReminders(() => runDailyReminders(opts.dataSource, notifier)) : () => {};
  const subscriptions = serveSubscriptions(httpServer, schema, opts.dataSource, services);
  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    formatError,
    // main.ts owns shutdown: it stops the HTTP server, then closes the database.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: () => subscriptions.dispose() }) },
      // The landing page would load Apollo's pages from the internet: nothing leaves the machine.
      ApolloServerPluginLandingPageDisabled(),
      // Nothing reads cache hints and nothing reports usage: left on, they wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      inputGuardPlugin,
      serviceUnavailablePlugin,
      passwordChangeGate,
      costLimits.plugin(),
    ],
  });
  await apollo.start();
  app.disable('x-powered-by');
  app.use(securityHeaders(opts.secureCookies ?? false));
  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: '1mb' }),
    bodyAlwaysSet,
    expressMiddleware(apollo, {
      // The viewer known, the operation is measured against their budget before Apollo parses it.
      context: async ({ req, res }) => costLimits.admit(req, await createContext(opts.dataSource, services, { req, res, secureCookies: opts.secureCookies ?? false })),
    }),
    graphqlBodyErrors,
  );
  const files = new FileRoutes(opts.dataSource, services, opts.secureCookies ?? false);
  for (const define of fileRouteDefinitions) define(files);
  app.use('/files', files.router, noSuchFile);
  // The process answers: for a liveness probe, which must not restart the app when only the database is away.
  app.get('/livez', (_req, res) => {
    res.json({ ok: true });
  });
  // The app can serve: the database answers within the probe's time.
  app.get('/healthz', async (_req, res) => {
    const database = await databaseAnswers(opts.dataSource);
    res.status(database ? 200 : 503).json({ ok: database, database: database ? 'ok' : 'unavailable' });
  });

  const dist = opts.clientDist;
  if (dist && fs.existsSync(path.join(dist, 'index.html'))) {
    // Precompressed (br/gzip) by Accept-Encoding, hashed assets immutable, index.html for client-side routes.
    app.use(serveClient(dist));
  }

  let port: number;
  try {
    port = await listen(httpServer, opts.host, opts.port);
  } catch (error) {
    stopReminders();
    await apollo.stop();
    await activity.stop();
    await notifier?.close();
    throw error;
  }
  const shownHost = opts.host === '0.0.0.0' ? 'localhost' : opts.host;
  url = `http://${shownHost}:${port}/`;
  return {
    url,
    port,
    async stop() {
      stopReminders();
      await apollo.stop();
      await activity.stop();
      // What the last requests queued goes out (a few seconds at most) before the database closes.
      await notifier?.close();
    },
  };
}
