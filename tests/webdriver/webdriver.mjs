// A minimal W3C WebDriver client over fetch (no dependency), enough for a smoke test, plus a
// helper that starts a driver (geckodriver, WebKitWebDriver). Only standard WebDriver commands
// are used.
import { spawn } from 'node:child_process';
import net from 'node:net';

/** The key under which WebDriver names an element in JSON (and takes one as a script argument). */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` until it returns a truthy value, or throws after `timeout` ms. */
export async function waitFor(what, probe, { timeout = 20_000, interval = 100 } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastError ? ` (last error: ${lastError.message})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/**
 * Starts a WebDriver server on a free port and resolves once it answers /status.
 * `command` and `args(port)` name the program; it runs in a process group of its own, so that
 * stopping it also stops what it started (xvfb-run's X server, say).
 *
 *   const driver = await startDriver('geckodriver', (port) => ['--port', String(port)]);
 *   ...
 *   await driver.stop();
 */
export async function startDriver(command, args) {
  const port = await freePort();
  const child = spawn(command, args(port), { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.once('error', (error) => { output += `\n${error.message}`; });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await exited;
    }
  };
  try {
    await waitFor(`${command} to answer`, async () => {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${command} exited: ${output}`);
      const res = await fetch(`${url}/status`);
      return res.ok && (await res.json()).value?.ready !== undefined;
    }, { timeout: 30_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => output, stop };
}

export class Session {
  constructor(driverUrl, id) {
    this.driverUrl = driverUrl;
    this.id = id;
  }

  /** Opens a session; `capabilities` are W3C capabilities (alwaysMatch). */
  static async create(driverUrl, capabilities) {
    const value = await command(`${driverUrl}/session`, 'POST', { capabilities: { alwaysMatch: capabilities } });
    return new Session(driverUrl, value.sessionId);
  }

  send(method, path, body) {
    return command(`${this.driverUrl}/session/${this.id}${path}`, method, body);
  }

  navigate(url) { return this.send('POST', '/url', { url }); }
  currentUrl() { return this.send('GET', '/url'); }

  async findAll(css, from) {
    const path = from ? `/element/${from}/elements` : '/elements';
    const found = await this.send('POST', path, { using: 'css selector', value: css });
    return found.map((element) => element[ELEMENT]);
  }

  text(element) { return this.send('GET', `/element/${element}/text`); }
  click(element) { return this.send('POST', `/element/${element}/click`, {}); }
  /** Sends keys (WebDriver key codes, e.g. '\uE014' for the right arrow) to the focused element. */
  keys(element, text) { return this.send('POST', `/element/${element}/value`, { text }); }
  execute(script, args = []) { return this.send('POST', '/execute/sync', { script, args }); }
  end() { return this.send('DELETE', ''); }
}

async function command(url, method, body) {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await res.json();
  if (!res.ok || payload.value?.error) {
    const { error, message } = payload.value ?? {};
    throw new Error(`WebDriver ${method} ${url}: ${error ?? res.status} ${message ?? ''}`.trim());
  }
  return payload.value;
}
