/**
 * Build of the add-in (dist/):
 * - taskpane.html loads the bundles "functions" and "taskpane" (shared runtime: one page), plus office.js
 *   from Microsoft's CDN (the only external script);
 * - functions.js is self-contained (never split), so it also works where Office loads it alone;
 * - functions.json from the JSDoc (CustomFunctionsMetadataPlugin), functions-de.json from the
 *   translation table (scripts/build-functions-de.js);
 * - preview.html: the task pane in a plain browser, without office.js; ExcelJS may only live here;
 * - manifest.xml and assets/*.png copied; with ZIELMONITOR_URL=https://host/path/ (or --env url=…) the
 *   production build rewrites https://localhost:3000/ in the manifest.
 * `npm run build` works offline without certificates; only `webpack serve` asks office-addin-dev-certs
 * for a trusted localhost certificate, and falls back to a self-signed one when that is unavailable.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsDePlugin } = require("./scripts/build-functions-de");

const urlDev = "https://localhost:3000/";
const EXCELJS = /[\\/]node_modules[\\/]exceljs[\\/]/;
/** Bundles that run inside Office; ExcelJS must never reach them. */
const OFFICE_ENTRIES = ["taskpane", "functions"];

/** Fails the build when a module of ExcelJS ends up in a chunk an Office entry loads (also lazily). */
class NoExcelJsInOfficeChunksPlugin {
  apply(compiler) {
    const { WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("NoExcelJsInOfficeChunks", (compilation) => {
      compilation.hooks.afterSeal.tap("NoExcelJsInOfficeChunks", () => {
        for (const name of OFFICE_ENTRIES) {
          const entry = compilation.entrypoints.get(name);
          if (!entry) continue;
          const chunks = new Set(entry.chunks);
          for (const chunk of entry.chunks) for (const c of chunk.getAllAsyncChunks()) chunks.add(c);
          for (const chunk of chunks)
            for (const mod of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              const resource = mod.resource || (mod.rootModule && mod.rootModule.resource) || "";
              if (EXCELJS.test(resource))
                compilation.errors.push(new WebpackError(`ExcelJS gehört nur in die Vorschau, steckt aber im Bundle "${name}" (${resource})`));
            }
        }
      });
    });
  }
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.warn(`office-addin-dev-certs nicht verfügbar (${e.message}); selbstsigniertes Zertifikat / self-signed certificate`);
    return undefined;
  }
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== "production";
  const serve = Boolean(env.WEBPACK_SERVE);
  const urlProd = env.url || process.env.ZIELMONITOR_URL || "";
  if (urlProd && !/^https:\/\/[^\s"<>]+\/$/.test(urlProd)) throw new Error(`ZIELMONITOR_URL muss https://…/ sein (mit Schrägstrich am Ende): ${urlProd}`);

  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; here each file is only transpiled.
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    optimization: {
      splitChunks: {
        // functions.js stays one self-contained file.
        chunks: (chunk) => chunk.name !== "functions",
        cacheGroups: {
          exceljs: {
            test: EXCELJS,
            name: "exceljs",
            chunks: (chunk) => chunk.name === "preview",
            enforce: true,
            priority: 30,
          },
          defaultVendors: {
            test: (module) => /[\\/]node_modules[\\/]/.test(module.resource || "") && !EXCELJS.test(module.resource || ""),
            priority: -10,
            reuseExistingChunk: true,
          },
          default: { minChunks: 2, priority: -20, reuseExistingChunk: true },
        },
      },
    },
    performance: {
      // The preview bundle (with ExcelJS) is a developer tool; budgets apply to what runs in Office.
      assetFilter: (file) => file.endsWith(".js") && !/preview|exceljs/.test(file),
      maxAssetSize: 1_200_000,
      maxEntrypointSize: 1_500_000,
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsDePlugin({ input: "functions.json", output: "functions-de.json" }),
      new NoExcelJsInOfficeChunksPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        chunks: ["preview"],
        templateContent: [
          "<!doctype html>",
          '<html lang="de">',
          "<head>",
          '<meta charset="UTF-8" />',
          '<meta name="viewport" content="width=device-width, initial-scale=1" />',
          "<title>Zielmonitor SGB II – Vorschau</title>",
          "<style>html, body, #container { height: 100%; margin: 0; padding: 0; }</style>",
          "</head>",
          '<body><div id="container"></div></body>',
          "</html>",
        ].join("\n"),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return !dev && urlProd ? content.toString().split(urlDev).join(urlProd) : content;
            },
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port) || 3000,
      server: { type: "https", options: serve ? await httpsOptions() : undefined },
      client: { overlay: { warnings: false } },
    },
  };
  return config;
};

module.exports.urlDev = urlDev;
