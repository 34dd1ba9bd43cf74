export interface EventStreamOptions<T> {
  url: string;
  /** The SSE event name to listen for. */
  event: string;
  open: (url: string) => EventSource;
  /** Turns a message's `data` into a value; throws when the message is not valid. */
  parse: (data: string) => T;
  onData: (value: T) => void;
  /** How long to wait before the `attempt`-th reconnect (0-based). */
  delay: (attempt: number) => number;
}

/**
 * Listens to a Server-Sent Events stream, reconnecting with backoff when it
 * errors or closes. Messages that fail `parse` are skipped with a warning.
 * Returns a function that closes the stream and cancels any pending reconnect.
 */
export function watchEvents<T>(o: EventStreamOptions<T>): () => void {
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let stopped = false;

  const connect = () => {
    timer = undefined;
    source = o.open(o.url);
    source.addEventListener(o.event, (e) => {
      let value: T;
      try {
        value = o.parse((e as MessageEvent<string>).data);
      } catch (error) {
        console.warn(`waymark: ignored an invalid "${o.event}" event from ${o.url}:`, error);
        return;
      }
      // Backoff restarts only once a connection has delivered data, so a
      // server that accepts and then drops every connection still backs off.
      attempt = 0;
      o.onData(value);
    });
    // EventSource retries on its own at a fixed pace and gives up for good on
    // some failures (e.g. a non-200 answer); closing and reopening ourselves
    // gives one backoff policy for every kind of failure.
    source.addEventListener('error', () => {
      source?.close();
      if (!stopped && timer === undefined) timer = setTimeout(connect, o.delay(attempt++));
    });
  };

  connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    source?.close();
  };
}
