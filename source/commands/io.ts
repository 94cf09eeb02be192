// The streams a command talks to, injectable so tests can drive a command without a terminal.
export interface CommandIo {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean};
  stdout: {write(text: string): unknown};
  stderr: {write(text: string): unknown; isTTY?: boolean};
}

export function processIo(): CommandIo {
  return {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr};
}
