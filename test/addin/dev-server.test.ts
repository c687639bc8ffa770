/**
 * webpack.config.js and certificates: `webpack serve` (npm run dev-server, npm start) uses the localhost
 * certificate from office-addin-dev-certs; when it cannot be made or trusted, the server still starts on
 * webpack's own certificate and says why Office will refuse it. A build never asks for certificates, so
 * `npm test` and `npm run build` work on machines without them. office-addin-dev-certs is mocked: a test must
 * not install a CA into this machine's trust store.
 */
const getHttpsServerOptions = jest.fn();
jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions }));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<{ devServer: { server: unknown; port: number } }>;

describe('dev server certificate', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    getHttpsServerOptions.mockReset();
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  test('a production build does not ask for certificates', async () => {
    const built = await config({}, { mode: 'production' });
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
    expect(built.devServer.server).toBe('https');
  });

  test('webpack serve uses the office-addin-dev-certs certificate', async () => {
    getHttpsServerOptions.mockResolvedValue({ ca: 'CA', key: 'KEY', cert: 'CERT' });
    const dev = await config({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(dev.devServer.server).toEqual({ type: 'https', options: { ca: 'CA', key: 'KEY', cert: 'CERT' } });
    expect(dev.devServer.port).toBe(3000);
    expect(warn).not.toHaveBeenCalled();
  });

  test('when the certificate cannot be installed, the server starts anyway and says what to run', async () => {
    getHttpsServerOptions.mockRejectedValue(new Error('Unable to install the CA certificate.'));
    const dev = await config({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(dev.devServer.server).toBe('https');
    const said = warn.mock.calls.map(c => String(c[0])).join('\n');
    expect(said).toContain('Unable to install the CA certificate.');
    expect(said).toContain('Excel akan MENOLAK');
    expect(said).toContain('npx office-addin-dev-certs install');
  });
});
