/* Builds the Excel add-in: the task pane, the ribbon's function file and its dialog, plus the manifest. */
'use strict';

const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** Where the dev server serves the add-in; manifest.xml names this address. */
const urlDev = 'https://localhost:3000/';

/**
 * The production address when none is given: a placeholder that resolves nowhere. An office builds with its own
 * address (docs/pemasangan.md): `ADDIN_URL=https://host/path/ npm run build` or `npm run build -- --env url=...`.
 */
const DEFAULT_URL_PROD = 'https://addin.hitungcapaian.id/';

/**
 * The production address from `--env url=...`, else ADDIN_URL, else the default. Office loads add-ins over https
 * only, and the manifest's page addresses are this prefix plus a file name, so it must end in a slash.
 */
function resolveUrlProd(env = {}) {
  const given = (typeof env.url === 'string' && env.url) || process.env.ADDIN_URL || DEFAULT_URL_PROD;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`Alamat add-in tidak sah: "${given}". Contoh yang benar: https://intranet.kantor.go.id/hitung-capaian/`);
  }
  if (url.protocol !== 'https:') throw new Error(`Alamat add-in harus https:// (Office hanya memuat add-in lewat https): "${given}"`);
  if (!given.endsWith('/')) throw new Error(`Alamat add-in harus diakhiri garis miring "/": "${given}" → "${given}/"`);
  if (url.search || url.hash) throw new Error(`Alamat add-in tidak boleh memuat ? atau #: "${given}"`);
  if (/^(localhost|127\.|\[::1\])/.test(url.host)) throw new Error(`Alamat produksi tidak boleh localhost: "${given}"`);
  return url.href;
}

/**
 * The dev server's certificate: office-addin-dev-certs' localhost certificate, signed by a CA it installs as
 * trusted (Office refuses untrusted certificates). When that cannot be done, webpack's own self-signed
 * certificate, with a message saying why Office will refuse it and what to run.
 */
async function devServerHttps() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca, key, cert } };
  } catch (e) {
    console.warn(
      [
        '',
        `Sertifikat pengembangan Office tidak dapat dibuat atau dipasang: ${e && e.message ? e.message : e}`,
        'Server tetap berjalan dengan sertifikat sementara webpack, tetapi Excel akan MENOLAK memuat add-in dari sana.',
        'Pasang sertifikatnya sekali (perlu hak administrator), lalu jalankan npm start lagi:',
        '  npx office-addin-dev-certs install',
        '',
      ].join('\n'),
    );
    return 'https';
  }
}

/** office.js comes from Microsoft's CDN; the pages' CSP allows scripts from here and from ourselves only. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * Modules that belong to the command-line tool (exceljs and the file adapter over it). One of them in a browser
 * bundle means a wrong import somewhere: the build fails and names the importer.
 */
const CLI_ONLY = [
  /[\\/]node_modules[\\/]exceljs[\\/]/,
  /[\\/]src[\\/]workbook[\\/]xlsx[\\/]/,
  /[\\/]src[\\/]cli[\\/]/,
];

class ForbidCliModulesPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('ForbidCliModulesPlugin', compilation => {
      compilation.hooks.finishModules.tap('ForbidCliModulesPlugin', modules => {
        for (const mod of modules) {
          const file = mod.resource;
          if (!file || !CLI_ONLY.some(re => re.test(file))) continue;
          const issuer = compilation.moduleGraph.getIssuer(mod);
          const by = issuer && issuer.resource ? path.relative(__dirname, issuer.resource) : 'unknown';
          const err = new Error(`CLI-only module in the add-in bundle: ${path.relative(__dirname, file)} (imported by ${by})`);
          compilation.errors.push(err);
        }
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const urlProd = resolveUrlProd(env);
  // Only `webpack serve` needs a certificate; builds (and so npm test) never touch the machine's certificates.
  const server = env.WEBPACK_SERVE ? await devServerHttps() : 'https';
  const page = (name, chunks, title) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name === 'taskpane' ? 'taskpane' : 'commands'}/${name}.html`,
      chunks,
      title,
      officeJs: OFFICE_JS,
      scriptLoading: 'defer',
      minify: dev ? false : { collapseWhitespace: true, removeComments: true },
    });

  return {
    mode: dev ? 'development' : 'production',
    // No eval-based source maps: the pages' CSP has no 'unsafe-eval', in development too.
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      dialog: './src/commands/dialog.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Dynamic imports name '.js' files (node16 resolution in tsconfig); the sources are .ts.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // Browser bundles never get Node built-ins; a module that needs one is a CLI module.
      fallback: { fs: false, path: false, stream: false, zlib: false, crypto: false },
    },
    module: {
      rules: [
        // The vocabulary without its maintainers' notes (scripts/lexicon-loader.js).
        { test: /[\\/]src[\\/]lexicon[\\/]lexicon\.json$/, type: 'json', use: path.resolve(__dirname, 'scripts/lexicon-loader.js') },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules so webpack can drop the Fluent UI components we do not use.
              compilerOptions: { module: 'es2020', moduleResolution: 'bundler', sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React and Fluent UI change rarely: one cacheable file the pane loads first.
          ui: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|tabster|keyborg|@swc|@floating-ui)[\\/]/, name: 'ui', priority: 20 },
        },
      },
    },
    performance: { hints: false }, // scripts/bundle-size.js is the budget that counts (gzip).
    plugins: [
      new ForbidCliModulesPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/bantuan.html', to: 'bantuan.html' },
          // "Coba dengan contoh" fetches it when pressed; never part of the pane's scripts.
          { from: 'samples/contoh-realisasi.xlsx', to: 'contoh-realisasi.xlsx' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
      page('taskpane', ['taskpane'], 'Hitung Capaian'),
      page('commands', ['commands'], 'Hitung Capaian: perintah pita'),
      page('dialog', ['dialog'], 'Hitung Capaian'),
    ],
    devServer: {
      server,
      host: 'localhost',
      port: 3000,
      hot: false,
      liveReload: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports.urlDev = urlDev;
module.exports.DEFAULT_URL_PROD = DEFAULT_URL_PROD;
module.exports.resolveUrlProd = resolveUrlProd;
/** The production address a build in this environment uses (ADDIN_URL or the default). */
module.exports.urlProd = resolveUrlProd();
module.exports.OFFICE_JS = OFFICE_JS;
