/**
 * Build of the add-in (dist/):
 * - taskpane.html loads the bundles "functions" and "taskpane" (shared runtime: one page), plus office.js
 *   from Microsoft's CDN (the only external script);
 * - functions.js is self-contained (never split), so it also works where Office loads it alone; the pane's
 *   entry depends on it (dependOn), so in the shared page the pane uses its modules (the message catalogue,
 *   the figures) and its webpack runtime instead of loading a second copy;
 * - functions.json from the JSDoc (CustomFunctionsMetadataPlugin), functions-de.json from the
 *   translation table (scripts/build-functions-de.js);
 * - preview.html: the task pane in a plain browser, without office.js; ExcelJS may only live here;
 * - manifest.xml, assets/*.png and the German help page (docs/hilfe → dist/hilfe/) copied;
 * - every page carries a Content-Security-Policy: scripts, styles, images, fonts and connections only
 *   from the add-in's own origin, plus Microsoft's office.js host on the task pane when office.js comes
 *   from the CDN.
 * Production (`npm run build`) needs ZIELMONITOR_URL=https://host/path/ (or --env url=…): the manifest's
 * https://localhost:3000/ is rewritten to it, and without it the build fails rather than ship localhost
 * URLs. `npm run build:local` (`--env localhost`) is the explicit local build for tests, preview and bench.
 * ZIELMONITOR_OFFICEJS=local (or --env officejs=local) serves office.js from the @microsoft/office-js
 * package, copied to dist/office-js/, for closed networks that block Microsoft's CDN; the default
 * (`cdn`) loads it from appsforoffice.microsoft.com as Microsoft requires for AppSource.
 * Building works offline without certificates; only `webpack serve` asks office-addin-dev-certs
 * for a trusted localhost certificate, and falls back to a self-signed one when that is unavailable.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { FunctionsDePlugin } = require("./scripts/build-functions-de");
const { contentSecurityPolicy, OFFICE_JS_HOST } = require("./scripts/csp");

const urlDev = "https://localhost:3000/";
const OFFICE_JS_CDN = `${OFFICE_JS_HOST}/lib/1/hosted/office.js`;
const OFFICE_JS_LOCAL_DIR = "office-js";

const EXCELJS = /[\\/]node_modules[\\/]exceljs[\\/]/;
/** The file libraries of src/xlsx (reading and editing .xlsx packages, .docx text): preview and CLI only. */
const FILE_LIBRARIES = /[\\/]node_modules[\\/](exceljs|jszip|saxes|@xmldom|mammoth)[\\/]/;
/** Bundles that run inside Office; ExcelJS and the other file libraries must never reach them. */
const OFFICE_ENTRIES = ["taskpane", "functions"];

/** Fails the build when a module of ExcelJS ends up in a chunk an Office entry loads (also lazily). */
class NoExcelJsInOfficeChunksPlugin {
  apply(compiler) {
    const { WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("NoExcelJsInOfficeChunks", (compilation) => {
      compilation.hooks.afterSeal.tap("NoExcelJsInOfficeChunks", () => {
        // functions.js holds the runtime the pane depends on, so its chunk also reaches the pane's chunks:
        // each library is named once, with the first entry (the pane before functions) that reaches it
        const reported = new Set();
        for (const name of OFFICE_ENTRIES) {
          const entry = compilation.entrypoints.get(name);
          if (!entry) continue;
          const chunks = new Set(entry.chunks);
          for (const chunk of entry.chunks) for (const c of chunk.getAllAsyncChunks()) chunks.add(c);
          for (const chunk of chunks)
            for (const mod of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              const resource = mod.resource || (mod.rootModule && mod.rootModule.resource) || "";
              if (FILE_LIBRARIES.test(resource) && !reported.has(resource) && reported.add(resource))
                compilation.errors.push(
                  new WebpackError(
                    `${EXCELJS.test(resource) ? "ExcelJS" : "Die Dateibibliothek"} gehört nur in die Vorschau, steckt aber im Bundle "${name}" (${resource})`,
                  ),
                );
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
  if (!dev && !urlProd && !env.localhost)
    throw new Error(
      "Produktions-Build ohne ZIELMONITOR_URL: das Manifest zeigte auf https://localhost:3000/. " +
        "Bitte ZIELMONITOR_URL=https://server/pfad/ npm run build – oder für Tests, Vorschau und Benchmarks auf diesem Rechner: npm run build:local. " +
        "/ Production build without ZIELMONITOR_URL (set it, or use npm run build:local for a local build).",
    );
  const officeJsMode = env.officejs || process.env.ZIELMONITOR_OFFICEJS || "cdn";
  if (officeJsMode !== "cdn" && officeJsMode !== "local")
    throw new Error(`ZIELMONITOR_OFFICEJS muss "cdn" oder "local" sein, nicht "${officeJsMode}"`);
  const officeJsLocal = officeJsMode === "local";
  const officeJs = officeJsLocal ? `${OFFICE_JS_LOCAL_DIR}/office.js` : OFFICE_JS_CDN;
  const officeJsPackage = path.dirname(require.resolve("@microsoft/office-js/package.json"));

  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      // the pane runs in the same page after functions.js and uses its modules (messages, figures)
      // and its webpack runtime instead of loading a second copy
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      // chunks load relative to the page (every page lies beside its scripts in dist/): no detection of the
      // script's own URL, which functions.js – holding the runtime – could not do where Office runs it alone
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // In the browser only German and the custom functions' part of English are at hand from the start;
      // the rest of English is its own chunk, loaded when the pane first shows English (loadLanguage).
      alias: { [path.resolve(__dirname, "src/domain/messages/languages.ts")]: path.resolve(__dirname, "src/domain/messages/languages.browser.ts") },
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
        templateParameters: { officeJs, csp: contentSecurityPolicy({ officeJsHost: !officeJsLocal, devServer: serve }) },
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        chunks: ["preview"],
        templateContent: [
          "<!doctype html>",
          '<html lang="de">',
          "<head>",
          '<meta charset="UTF-8" />',
          `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ devServer: serve })}" />`,
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
          { from: "docs/hilfe", to: "hilfe" },
          ...(officeJsLocal
            ? [
                {
                  from: path.join(officeJsPackage, "dist"),
                  to: OFFICE_JS_LOCAL_DIR,
                  globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts", "**/office-vsdoc.js"] },
                },
              ]
            : []),
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
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
