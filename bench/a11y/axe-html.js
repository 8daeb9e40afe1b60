// Runs axe-core (the copy Ace ships, @daisy/axe-core-for-ace) on HTML files in headless Chromium and prints
// the violations of each by impact, as bench/a11y/run does for EPUBs. Rules: WCAG 2.0-2.2 A and AA plus axe's
// best practices (which hold "region": all content inside landmarks).
// Usage: NODE_PATH=<ace>/node_modules node axe-html.js CHROMIUM FILE.html...   Exit code 1 on any violation.
const path = require('path');
const puppeteer = require('puppeteer');
const axePath = require.resolve('@daisy/axe-core-for-ace/axe.min.js');

(async () => {
  const [chromium, ...files] = process.argv.slice(2);
  const browser = await puppeteer.launch({executablePath: chromium, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files']});
  let total = 0;
  try {
    for (const file of files) {
      const page = await browser.newPage();
      await page.goto('file://' + path.resolve(file), {waitUntil: 'load'});
      await page.addScriptTag({path: axePath});
      const result = await page.evaluate(() => axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}}));
      const n = {critical: 0, serious: 0, moderate: 0, minor: 0};
      for (const v of result.violations) n[v.impact] = (n[v.impact] || 0) + v.nodes.length;
      const sum = n.critical + n.serious + n.moderate + n.minor;
      total += sum;
      const name = path.basename(file, '.html');
      console.log(name.padEnd(44) + [n.critical, n.serious, n.moderate, n.minor].map(x => String(x).padStart(9)).join('')
        + (sum ? '   ' + result.violations.map(v => v.id + '×' + v.nodes.length).join(' ') : ''));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log('axe violations in all: ' + total);
  process.exit(total ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });
