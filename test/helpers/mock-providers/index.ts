export {startConnectProxy, type ConnectProxy} from './connect-proxy.js';
export {
  startMockProvider,
  type MockProvider,
  type MockProviderName,
  type Scenario,
  type Scenario2026,
} from './providers.js';
export {synthetic} from './keys.js';
export {selfSignedCertificate} from './tls.js';
export {startLoopbackServer, type LoopbackServer} from './server.js';
