// The content script's link to the background, through the browser's own runtime API rather than
// webextension-polyfill (2.8 KB gzipped of a 20 KB budget, see bench:size). It only needs
// sendMessage, which returns a Promise natively in Chrome MV3 and Firefox, and onMessage for pushes.

type Listener = (message: unknown, sender: { id?: string; tab?: unknown }) => void;

export interface NativePort {
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface NativeRuntime {
  readonly id: string | undefined;
  sendMessage(message: unknown): Promise<unknown>;
  connect(info: { name: string }): NativePort;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

export function nativeRuntime(): NativeRuntime {
  const scope = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  const runtime = scope.browser?.runtime ?? scope.chrome?.runtime;
  if (!runtime) throw new Error('no extension runtime in this context');
  return runtime;
}
