#!/usr/bin/env node
// What building and indexing cost as the toolkit grows. Copies the project to a temporary folder, builds it as it is
// (1×) and with ten times the toolkit's content (10×: each chapter's sections and overview text copied 9 more times as
// extra numbered sections), and reports build time, search-index time, pages and index size for both, with ratios.
// Every build starts cold: Astro's and Vite's caches are removed before each run.
//
// Usage: node scripts/bench-build.mjs [--runs 3] [--factor 10] [--json] [--keep]
// The temporary folder is removed at the end unless --keep is given.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    factor: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const factor = Number(values.factor);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(factor) || factor < 2) {
  console.error('--runs must be 1 or more and --factor 2 or more, as whole numbers');
  process.exit(2);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const COPIED = ['src', 'content', 'public', 'templates', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** Cache folders that would make a second build faster than a first; never shared with the real project. */
const CACHES = ['.astro', '.vite', '.cache'];
const log = (/** @type {string} */ line) => {
  if (!values.json) process.stderr.write(`${line}\n`);
};

/** A copy of the project whose node_modules links to ours entry by entry, so its build caches stay its own. */
function copyProject(/** @type {string} */ dest) {
  mkdirSync(dest, { recursive: true });
  for (const name of COPIED) {
    if (existsSync(join(root, name))) cpSync(join(root, name), join(dest, name), { recursive: true });
  }
  const modules = realpathSync(join(root, 'node_modules'));
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!CACHES.includes(name)) symlinkSync(join(modules, name), join(dest, 'node_modules', name));
  }
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?/;

/**
 * Adds (factor - 1) copies of each chapter's content as new sections numbered after the chapter's last one.
 * The schema allows at most two digits after the dot, which a chapter with more than 99 sections outgrows, so the copy's
 * schema is relaxed to three digits. Returns what was changed, to report.
 */
function multiplyToolkit(/** @type {string} */ dest) {
  const toolkit = join(dest, 'content/toolkit');
  let added = 0;
  let maxMinor = 0;
  for (const chapter of readdirSync(toolkit).sort()) {
    const dir = join(toolkit, chapter);
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort();
    const entries = files.map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = FRONTMATTER.exec(text);
      if (!match) throw new Error(`${chapter}/${file} has no frontmatter`);
      return { file, data: /** @type {Record<string, any>} */ (yaml.load(match[1])), body: text.slice(match[0].length) };
    });
    const chapterNumber = String(entries[0].data.section).split('.')[0];
    let minor = Math.max(0, ...entries.map((e) => Number(String(e.data.section).split('.')[1] ?? 0)));
    for (let copy = 1; copy < factor; copy += 1) {
      for (const { file, data, body } of entries) {
        minor += 1;
        const slug = `${file.replace(/\.mdx$/, '').replace(/^index$/, 'overview')}-copy-${copy}`;
        const frontmatter = { ...data, title: `${data.title} (copy ${copy})`, section: `${chapterNumber}.${minor}` };
        // Anchors must stay unique on the page that prints the whole toolkit.
        const copiedBody = body.replace(/(<(?:EquityAction|GuidanceQuote) id=")([^"]+)"/g, `$1$2-copy-${copy}"`);
        writeFileSync(join(dir, `${slug}.mdx`), `---\n${yaml.dump(frontmatter, { lineWidth: -1 })}---\n${copiedBody}`);
        added += 1;
      }
    }
    maxMinor = Math.max(maxMinor, minor);
  }
  const notes = [`added ${added} synthetic sections (each chapter's overview and sections copied ${factor - 1} more times)`];
  if (maxMinor > 99) {
    const schemaFile = join(dest, 'src/schemas/toolkit.ts');
    const schema = readFileSync(schemaFile, 'utf8');
    const relaxed = schema.replace('(\\.\\d{1,2})?$', '(\\.\\d{1,3})?$');
    if (relaxed === schema) throw new Error('could not find the section-number pattern in src/schemas/toolkit.ts to relax');
    writeFileSync(schemaFile, relaxed);
    notes.push(`sections run to ${maxMinor} within a chapter, so the copy's schema (only) allows 3 digits after the dot, not 2`);
  }
  return notes;
}

function sizeOf(/** @type {string} */ path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** The HTML pages in dist/, outside the search index. */
function htmlFiles(/** @type {string} */ dist) {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => join(dist, f));
}

function timed(/** @type {string} */ cwd, /** @type {string} */ command, /** @type {string[]} */ args) {
  const env = { ...process.env, PATH: `${join(cwd, 'node_modules/.bin')}${delimiter}${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' };
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  }
  return { seconds, output: result.stdout };
}

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function bench(/** @type {string} */ dir, /** @type {string} */ label) {
  const build = [];
  const index = [];
  let indexed = 0;
  for (let run = 1; run <= runs; run += 1) {
    for (const cache of [join(dir, 'dist'), join(dir, '.astro'), ...CACHES.map((c) => join(dir, 'node_modules', c))]) {
      rmSync(cache, { recursive: true, force: true });
    }
    log(`${label}: build ${run} of ${runs} …`);
    build.push(timed(dir, 'astro', ['build']).seconds);
    const pagefind = timed(dir, 'pagefind', ['--site', 'dist']);
    index.push(pagefind.seconds);
    indexed = Number(/Indexed (\d+) pages/.exec(pagefind.output)?.[1] ?? NaN);
  }
  return {
    buildSeconds: median(build),
    indexSeconds: median(index),
    pages: htmlFiles(join(dir, 'dist')).length,
    htmlBytes: htmlFiles(join(dir, 'dist')).reduce((sum, file) => sum + statSync(file).size, 0),
    pagesIndexed: indexed,
    indexBytes: sizeOf(join(dir, 'dist/pagefind')),
    toolkitBytes: sizeOf(join(dir, 'content/toolkit')),
    runs: { build, index },
  };
}

const loadAverageAtStart = loadavg()[0];
const temp = mkdtempSync(join(tmpdir(), 'mvp-bench-build-'));
let report;
try {
  log(`Copying the project to ${temp} …`);
  copyProject(join(temp, 'x1'));
  copyProject(join(temp, `x${factor}`));
  const notes = multiplyToolkit(join(temp, `x${factor}`));
  const one = bench(join(temp, 'x1'), '1×');
  const many = bench(join(temp, `x${factor}`), `${factor}×`);
  const ratio = (/** @type {'buildSeconds' | 'indexSeconds' | 'pages' | 'pagesIndexed' | 'htmlBytes' | 'indexBytes' | 'toolkitBytes'} */ key) =>
    many[key] / one[key];
  const pagesRatio = ratio('pages');
  report = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    cpus: availableParallelism(),
    loadAverageAtStart,
    runs,
    factor,
    notes,
    one,
    many,
    ratios: {
      buildSeconds: ratio('buildSeconds'),
      indexSeconds: ratio('indexSeconds'),
      pages: pagesRatio,
      htmlBytes: ratio('htmlBytes'),
      indexBytes: ratio('indexBytes'),
      toolkitBytes: ratio('toolkitBytes'),
    },
    // Linear growth: the time or size grows no faster than the number of pages built.
    noWorseThanLinear: {
      buildSeconds: ratio('buildSeconds') <= pagesRatio,
      indexSeconds: ratio('indexSeconds') <= pagesRatio,
      indexBytes: ratio('indexBytes') <= pagesRatio,
    },
  };
} finally {
  if (values.keep) log(`Kept ${temp}`);
  else rmSync(temp, { recursive: true, force: true });
}

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const { one, many, ratios, noWorseThanLinear: linear } = report;
  const yes = (/** @type {boolean} */ ok) => (ok ? 'yes' : 'NO');
  const rows = [
    ['', '1×', `${factor}×`, `ratio ${factor}×/1×`, 'no worse than linear'],
    ['content/toolkit (bytes)', String(one.toolkitBytes), String(many.toolkitBytes), ratios.toolkitBytes.toFixed(2), ''],
    ['pages built', String(one.pages), String(many.pages), ratios.pages.toFixed(2), ''],
    ['HTML built (bytes)', String(one.htmlBytes), String(many.htmlBytes), ratios.htmlBytes.toFixed(2), ''],
    ['pages indexed', String(one.pagesIndexed), String(many.pagesIndexed), (many.pagesIndexed / one.pagesIndexed).toFixed(2), ''],
    ['astro build (s)', one.buildSeconds.toFixed(1), many.buildSeconds.toFixed(1), ratios.buildSeconds.toFixed(2), yes(linear.buildSeconds)],
    ['pagefind index (s)', one.indexSeconds.toFixed(2), many.indexSeconds.toFixed(2), ratios.indexSeconds.toFixed(2), yes(linear.indexSeconds)],
    ['index size (bytes)', String(one.indexBytes), String(many.indexBytes), ratios.indexBytes.toFixed(2), yes(linear.indexBytes)],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log(
    `Build cost, ${report.measuredAt.slice(0, 10)}: median of ${runs} cold run(s) each, Node ${report.node}, ${report.cpus} CPUs, load average ${report.loadAverageAtStart.toFixed(1)} at start.`,
  );
  for (const note of report.notes) console.log(`${factor}×: ${note}.`);
  console.log(
    rows
      .map((r) =>
        r
          .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
          .join('  ')
          .trimEnd(),
      )
      .join('\n'),
  );
  console.log(`"No worse than linear": the ${factor}×/1× ratio is at most the ratio of pages built (${ratios.pages.toFixed(2)}).`);
  const perMb = (/** @type {typeof one} */ r) => (r.indexSeconds / (r.htmlBytes / 1e6)).toFixed(2);
  console.log(
    `Pagefind reads every page's HTML, which grew ${ratios.htmlBytes.toFixed(2)}×: ${perMb(one)} s per MB of HTML at 1×, ${perMb(many)} s at ${factor}×.`,
  );
}
