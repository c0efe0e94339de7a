// Copies the dashboard's browser libraries from node_modules/ (installed by `npm ci` from the
// pinned package-lock.json) into static/vendor/, which the app serves at /static/vendor/.
// Run by `make setup`; static/vendor/ is git-ignored, so no third-party code is committed.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const vendor = join(here, "static", "vendor");

// node_modules path -> file name under static/vendor/
const FILES = {
  "d3/dist/d3.min.js": "d3.min.js",
  "d3/LICENSE": "d3.LICENSE.txt",
  "topojson-client/dist/topojson-client.min.js": "topojson-client.min.js",
  "topojson-client/LICENSE": "topojson-client.LICENSE.txt",
  "world-atlas/countries-110m.json": "countries-110m.json",
  "world-atlas/LICENSE": "world-atlas.LICENSE.txt",
};

mkdirSync(vendor, { recursive: true });
for (const [source, target] of Object.entries(FILES)) {
  copyFileSync(join(here, "node_modules", source), join(vendor, target));
}
console.log(`copied ${Object.keys(FILES).length} files into ${vendor}`);
