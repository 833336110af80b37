#!/usr/bin/env node
// Draws the site's own images from its brand mark, in headless Chromium: the social card shown
// when a page is shared (public/social-card.png, 1200 × 630) and the web app icons (public/icon-*.png).
// Run it after changing the brand: node scripts/make-site-images.mjs (CHROMIUM_PATH if not /usr/bin/chromium).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const mark = readFileSync('public/favicon.svg', 'utf8');
const card = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;display:flex;flex-direction:column;justify-content:center;gap:28px;padding:0 96px;background:#4d1f42;border-bottom:24px solid #ffd166;font-family:'DejaVu Sans',system-ui,sans-serif;color:#fff">
  <svg width="150" height="150" viewBox="0 0 36 36"><circle cx="13" cy="18" r="11" fill="#ffd166"/><circle cx="23" cy="18" r="11" fill="none" stroke="#fff" stroke-width="3"/></svg>
  <div style="font-size:92px;font-weight:700;line-height:1">MVP Toolkit</div>
  <div style="font-size:40px;line-height:1.3;max-width:1000px">The National Maternity Voices toolkit for Maternity Voices Partnerships in England, with fill-in templates</div>
</div></body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(card);
  await page.screenshot({ path: 'public/social-card.png' });
  for (const size of [192, 512]) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><html><body style="margin:0">${mark.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: `public/icon-${size}.png`, omitBackground: true });
  }
} finally {
  await browser.close();
}
console.log('Wrote public/social-card.png, public/icon-192.png and public/icon-512.png.');
