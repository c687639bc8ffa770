/** Bundles the fake Office host (fake-host.ts + the fake Excel model) for the browser; returns its script. */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../build';

export async function bundleFakeHost(outDir: string): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  const config: import('webpack').Configuration = {
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: path.join(__dirname, 'fake-host.ts'),
    output: { path: outDir, filename: 'fake-office.js' },
    resolve: { extensions: ['.ts', '.js'], extensionAlias: { '.js': ['.ts', '.js'] } },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, configFile: path.join(ROOT, 'tsconfig.json'), compilerOptions: { module: 'es2020', moduleResolution: 'bundler' } },
          },
        },
      ],
    },
  };
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    }),
  );
  return fs.readFileSync(path.join(outDir, 'fake-office.js'), 'utf8');
}
