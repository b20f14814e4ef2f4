/** Where an example app listens. */
export interface ListenAddress {
  host: string;
  port: number;
}

/** `HOST` (default 127.0.0.1) and `PORT` (default: the app's own) from the environment. */
export function listenAddress(defaultPort: number, env: NodeJS.ProcessEnv = process.env): ListenAddress {
  const port = env.PORT === undefined || env.PORT === '' ? defaultPort : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new TypeError(`PORT must be a port number, got ${env.PORT}`);
  return { host: env.HOST || '127.0.0.1', port };
}
