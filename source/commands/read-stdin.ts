// Reads piped stdin with a size cap, so a runaway pipe cannot exhaust memory.
export type StdinResult =
  {ok: true; text: string} | {ok: false; reason: 'too-large'} | {ok: false; reason: 'no-input'};

export interface ReadOptions {
  maxBytes: number;
  /**
   * Gives up when nothing at all arrived by then. An inherited pipe that nobody writes to
   * (ssh, some CI runners) would otherwise block forever.
   */
  firstByteTimeoutMs?: number;
}

export function readStdin(
  stream: NodeJS.ReadableStream,
  {maxBytes, firstByteTimeoutMs}: ReadOptions,
): Promise<StdinResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    let idle: NodeJS.Timeout | undefined;

    const finish = (result: StdinResult) => {
      if (settled) return;
      settled = true;
      if (idle) clearTimeout(idle);
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onEnd);
      stream.pause();
      // Let the process exit even though the pipe is still open.
      (stream as {unref?: () => void}).unref?.();
      resolve(result);
    };
    const onData = (chunk: Buffer | string) => {
      if (idle) clearTimeout(idle);
      idle = undefined;
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buffer.length;
      if (size > maxBytes) return finish({ok: false, reason: 'too-large'});
      chunks.push(buffer);
    };
    const onEnd = () => finish({ok: true, text: Buffer.concat(chunks).toString('utf8')});

    if (firstByteTimeoutMs !== undefined) {
      idle = setTimeout(() => finish({ok: false, reason: 'no-input'}), firstByteTimeoutMs);
    }
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onEnd);
    stream.resume();
  });
}
