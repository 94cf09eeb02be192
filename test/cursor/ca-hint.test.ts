// "Set AGENT_CLI_CREDENTIAL_STORE=file … packaged Unix builds also skip system CA loading in this
// mode" (https://cursor.com/docs/cli/changelog, June 29, 2026 release). Behind TLS inspection the
// CLI then needs NODE_EXTRA_CA_CERTS; the network diagnosis says so when it sees both.
import {createServer, type Server} from 'node:https';
import type {AddressInfo} from 'node:net';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {cliStatusCheck} from '../../source/core/cursor/status-check.js';
import {userApiKeyCheck} from '../../source/core/cursor/user-key-check.js';
import {cursorContext} from '../helpers/cursor-context.js';
import {useCursorFixture} from '../helpers/cursor-fixture.js';
import {selfSignedCertificate} from '../helpers/mock-providers/index.js';

const cursor = useCursorFixture();
// An intercepting proxy's certificate, which this machine does not trust.
const CERT = selfSignedCertificate();
let intercepted: Server;
let interceptedUrl = '';

beforeEach(async () => {
  intercepted = createServer(CERT, (_request, response) => response.writeHead(404).end());
  await new Promise<void>((resolve) => intercepted.listen(0, '127.0.0.1', resolve));
  interceptedUrl = `https://127.0.0.1:${(intercepted.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise<void>((resolve) => intercepted.close(() => resolve()));
});

const stepTwo = (extra: Record<string, string>) =>
  cliStatusCheck(
    cursorContext({
      env: cursor.env({
        FAKE_AGENT_STATE: 'unable-to-fetch',
        CURSOR_API_ENDPOINT: interceptedUrl,
        ...extra,
      }),
    }),
  );

test('file store + an untrusted certificate on the way to Cursor → set NODE_EXTRA_CA_CERTS', async () => {
  const result = await stepTwo({AGENT_CLI_CREDENTIAL_STORE: 'file'});
  expect(result).toMatchObject({status: 'unknown', layer: 'network'});
  expect(result.fix?.summary).toContain('AGENT_CLI_CREDENTIAL_STORE=file');
  expect(result.fix?.summary).toContain('NODE_EXTRA_CA_CERTS');
});

test('without the file store, or with NODE_EXTRA_CA_CERTS already set, the usual advice stays', async () => {
  const cases: Record<string, string>[] = [
    {},
    {AGENT_CLI_CREDENTIAL_STORE: 'file', NODE_EXTRA_CA_CERTS: '/etc/ca.pem'},
  ];
  for (const extra of cases) {
    const result = await stepTwo(extra);
    expect(result).toMatchObject({status: 'unknown', layer: 'network'});
    expect(result.fix?.summary).not.toContain('AGENT_CLI_CREDENTIAL_STORE');
  }
});

test('step 4 gives the same hint when the key-info API is behind the interception', async () => {
  const result = await userApiKeyCheck(
    cursorContext({
      env: cursor.env({
        CURSOR_API_KEY: 'crsr_0123456789abcdefNOTUSED0123456789',
        CURSORKEY_CURSOR_API_URL: interceptedUrl,
        CURSORKEY_AGENT_BIN: '/nonexistent',
        AGENT_CLI_CREDENTIAL_STORE: 'file',
      }),
    }),
  );
  expect(result).toMatchObject({status: 'unknown', layer: 'network'});
  expect(result.fix?.summary).toContain('NODE_EXTRA_CA_CERTS');
});
