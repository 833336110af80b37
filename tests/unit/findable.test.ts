// Findable and shareable: a build made with SITE_URL (as npm test makes both builds) has a canonical
// link, Open Graph and Twitter card tags on every page, a sitemap listing every page people should
// land on, a robots.txt naming it and a web app manifest, at the right addresses for its base path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, decodeEntities, DIST, SUBPATH_DIST, SUBPATH_BASE } from '../support/built-site.ts';

const SITE_URL = process.env.SITE_URL;
const builds = [
  { name: 'the root build', dist: DIST, base: '/' },
  { name: 'the sub-path build', dist: SUBPATH_DIST, base: SUBPATH_BASE },
];
/** Pages that are not destinations: no canonical link, "noindex", not in the sitemap. */
const UNLISTED = ['/404', '/offline/'];

const metaContent = (html: string, attr: 'name' | 'property', key: string): string | undefined => {
  const tag = html.match(new RegExp(`<meta ${attr}="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`));
  return tag ? decodeEntities(tag[1]) : undefined;
};
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decodeEntities(m[1]));

test('the builds were made with SITE_URL', () => {
  assert.ok(SITE_URL, 'Set SITE_URL to the address both builds were made with (npm test builds them with one).');
});

for (const { name, dist, base } of builds) {
  const root = `${SITE_URL}${base}`;
  const fileOf = (url: string) => {
    assert.ok(url.startsWith(root), `${url} is not under ${root}`);
    return join(dist, decodeURIComponent(url.slice(root.length)));
  };
  const pages = () => builtPages(dist).map(({ path, file }) => ({ path, html: readFileSync(file, 'utf8') }));

  test(`${name}: every page has a canonical link to its own address, or says noindex if it is not a destination`, () => {
    const list = pages();
    assert.ok(list.length > 60);
    for (const { path, html } of list) {
      const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
      if (UNLISTED.includes(path)) {
        assert.equal(canonical, undefined, path);
        assert.match(html, /<meta name="robots" content="noindex"/, path);
      } else {
        assert.equal(canonical, `${root}${path.slice(1)}`, path);
        assert.doesNotMatch(html, /name="robots"/, path);
      }
    }
  });

  test(`${name}: every page has Open Graph and Twitter card tags, with our social image`, () => {
    for (const { path, html } of pages()) {
      const title = html.match(/<title>([^<]+)<\/title>/)?.[1] ?? '';
      const description = metaContent(html, 'name', 'description');
      assert.ok(description && description.length > 20, `${path}: description`);
      assert.equal(metaContent(html, 'property', 'og:site_name'), 'MVP Toolkit', path);
      assert.ok(decodeEntities(title).startsWith(metaContent(html, 'property', 'og:title') ?? '-'), `${path}: og:title is the page's title`);
      assert.equal(metaContent(html, 'property', 'og:description'), description, path);
      assert.equal(metaContent(html, 'name', 'twitter:title'), metaContent(html, 'property', 'og:title'), path);
      assert.equal(metaContent(html, 'name', 'twitter:description'), description, path);
      assert.equal(metaContent(html, 'name', 'twitter:card'), 'summary_large_image', path);
      if (!UNLISTED.includes(path)) assert.equal(metaContent(html, 'property', 'og:url'), `${root}${path.slice(1)}`, path);
      assert.equal(metaContent(html, 'property', 'og:image'), `${root}social-card.png`, path);
      assert.equal(metaContent(html, 'name', 'twitter:image'), `${root}social-card.png`, path);
      assert.match(html, new RegExp(`<link rel="manifest" href="${base}manifest.webmanifest"`), path);
    }
  });

  test(`${name}: the social image is a 1200 × 630 PNG`, () => {
    const png = readFileSync(fileOf(`${root}social-card.png`));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
  });

  test(`${name}: the sitemap lists every page people should land on, and robots.txt names it`, () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    const sitemaps = locs(index);
    assert.ok(sitemaps.length >= 1);
    const listed = sitemaps.flatMap((url) => locs(readFileSync(fileOf(url), 'utf8')));
    const expected = builtPages(dist)
      .filter(({ path }) => !UNLISTED.includes(path))
      .map(({ path }) => `${root}${path.slice(1)}`);
    assert.deepEqual([...listed].sort(), [...expected].sort());
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    assert.match(robots, /^User-agent: \*$/m);
    assert.ok(robots.split('\n').includes(`Sitemap: ${root}sitemap-index.xml`), robots);
  });

  test(`${name}: the web app manifest names the site, starts at its home page and its icons exist`, () => {
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      icons: Array<{ src: string; sizes: string }>;
    };
    assert.equal(manifest.short_name, 'MVP Toolkit');
    const manifestUrl = new URL(`http://site${base}manifest.webmanifest`);
    assert.equal(new URL(manifest.start_url, manifestUrl).pathname, base);
    assert.equal(new URL(manifest.scope, manifestUrl).pathname, base);
    assert.ok(manifest.icons.some((icon) => icon.sizes === '512x512'));
    for (const icon of manifest.icons) assert.ok(existsSync(join(dist, new URL(icon.src, manifestUrl).pathname.slice(base.length))), icon.src);
  });
}
