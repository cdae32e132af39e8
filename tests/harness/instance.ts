import { fork, type ChildProcess } from 'child_process';
import path from 'path';
import type { TestApp } from './strapi';

/** A second Strapi instance, in its own process, on a test app's database. */
export interface RemoteInstance {
  /** Calls a mentoring plugin service method there; Date arguments are passed as dates. */
  call<T>(service: string, method: string, ...args: unknown[]): Promise<T>;
  stop(): Promise<void>;
}

type Reply = { type?: string; id?: number; result?: unknown; error?: string };

const BOOT_TIMEOUT_MS = 120_000;

/**
 * Boots the compiled app in a child process on `app`'s database, as a second instance behind a
 * load balancer would run: same tables, its own memory, its own job lease holder.
 */
export async function startInstanceProcess(app: TestApp): Promise<RemoteInstance> {
  const child: ChildProcess = fork(path.join(__dirname, 'instance-process.js'), [], {
    env: { ...process.env, ...app.database.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  let nextId = 0;

  await new Promise<void>((resolve, reject) => {
    // A boot that never ends must not leave a child process holding jest open.
    const timer = setTimeout(() => fail(new Error(`second instance not ready after ${BOOT_TIMEOUT_MS} ms`)), BOOT_TIMEOUT_MS);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill();
      reject(error);
    };
    const onBoot = (message: Reply) => {
      if (message.type === 'failed') return fail(new Error(`second instance failed to start: ${message.error}`));
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      child.off('message', onBoot);
      resolve();
    };
    child.on('message', onBoot);
    child.once('exit', (code) => fail(new Error(`second instance exited with ${code} while starting`)));
  });
  child.on('message', (message: Reply) => {
    const call = message.id === undefined ? undefined : pending.get(message.id);
    if (!call) return;
    pending.delete(message.id!);
    if (message.error) call.reject(new Error(message.error));
    else call.resolve(message.result);
  });
  child.on('exit', (code) => {
    for (const call of pending.values()) call.reject(new Error(`second instance exited with ${code}`));
    pending.clear();
  });

  return {
    call<T>(service: string, method: string, ...args: unknown[]) {
      const id = (nextId += 1);
      const encoded = args.map((arg) => (arg instanceof Date ? { $date: arg.toISOString() } : arg));
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, service, method, args: encoded });
      });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
      }),
  };
}
