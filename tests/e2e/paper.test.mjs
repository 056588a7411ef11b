// Paper: the account report, the client report, the portfolio report and the workshop
// result printed to PDF (Chromium's print, A4) in English and German, with the sample
// workspace. The PDF's text must hold every section heading the page shows, the
// radar's legend, the page numbers ("Page 1 of N" / "Seite 1 von N") and the footer;
// the workshop its group's level, recommendations and comments. On screen a report is
// no wider than the window, and the workshop page passes axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useHarness, pdfText, accessibilityViolations } from './harness.mjs';

const h = useHarness();

const TEXTS = {
  en: {
    legend: /Legend: Us Competitor North Competitor South/,
    pageOf: (k, n) => `Page ${k} of ${n}`,
    footer: /Keystone workspace · printed \d{4}-\d{2}-\d{2}/,
  },
  de: {
    legend: /Legende: Wir Competitor North Competitor South/,
    pageOf: (k, n) => `Seite ${k} von ${n}`,
    footer: /Keystone-Arbeitsbereich · gedruckt am \d{2}\.\d{2}\.\d{4}/,
  },
};

async function withSample() {
  await h.app.goto();
  await h.app.loadSample();
  await h.app.waitSaved();
  return h.page.locator('table.accounts tbody tr th a').first().getAttribute('href');
}

async function setLanguage(lang) {
  await h.page.getByRole('combobox', { name: /^(Language|Sprache)$/ }).selectOption(lang);
}

// Opens `hash`, waits for its charts, checks the screen width, prints it; returns the
// PDF's text and the headings the page shows.
async function printed(hash, { charts = 1 } = {}) {
  const { page } = h;
  await page.goto(h.baseUrl + hash);
  await page.locator('h1').first().waitFor();
  if (charts) await page.locator('.page canvas').nth(charts - 1).waitFor();
  await page.waitForLoadState('networkidle');
  const [scroll, width, wide] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth,
    [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > innerWidth + 1)
      .slice(0, 5).map((e) => `${e.tagName}.${e.className}`).join(', ')]);
  assert.ok(scroll <= width, `${hash} is ${scroll} px wide in a ${width} px window (${wide})`);
  const headings = await page.locator('.page h1, .page h2, .page h3, .page h4').evaluateAll(
    (list) => list.filter((e) => e.checkVisibility() && !e.closest('.no-print')).map((e) => e.textContent.trim()));
  // The footer says when the page was printed: only on paper, not on screen.
  assert.doesNotMatch(await page.locator('.page').first().innerText(), /printed \d{4}-|gedruckt am \d/, `${hash}: no print footer on screen`);
  await page.emulateMedia({ media: 'print' });
  // Paper is white: no grey page ground above the footer.
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgb(255, 255, 255)');
  const pdf = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  return { pdf, headings };
}

function assertPaper(pdf, headings, lang, what) {
  const t = TEXTS[lang];
  for (const heading of headings) {
    assert.ok(pdf.text.includes(heading), `${what} (${lang}) has the heading “${heading}”`);
  }
  for (let k = 1; k <= pdf.pages; k++) {
    assert.ok(pdf.text.includes(t.pageOf(k, pdf.pages)), `${what} (${lang}): “${t.pageOf(k, pdf.pages)}”`);
  }
  assert.ok(!pdf.text.includes(t.pageOf(pdf.pages + 1, pdf.pages)));
}

test('the account report on paper, in English and German: every heading, the radar legend, page numbers, the footer', async () => {
  const first = await withSample();
  for (const lang of ['en', 'de']) {
    await setLanguage(lang);
    const { pdf, headings } = await printed(`${first}/report`, { charts: 3 });
    assert.ok(pdf.pages >= 2, `${pdf.pages} pages`);
    assert.ok(headings.length >= 8, headings.join(' | '));
    // The sales history: revenue by offering and the whitespace matrix with its gaps.
    const history = lang === 'en' ? ['Revenue by offering', 'Whitespace matrix', 'Largest gaps']
      : ['Umsatz nach Angebot', 'Whitespace-Matrix', 'Größte Lücken'];
    for (const heading of history) assert.ok(headings.includes(heading), `${heading} in ${headings.join(' | ')}`);
    assert.match(pdf.text, lang === 'en' ? /Bought \d{4}–\d{4}/ : /Gekauft \d{4}–\d{4}/);
    assertPaper(pdf, headings, lang, 'the account report');
    assert.match(pdf.text, TEXTS[lang].legend);
    assert.match(pdf.text, TEXTS[lang].footer);
    assert.equal(pdf.text.match(TEXTS[lang].footer)?.length, 1, 'the on-screen footer is not printed besides');
  }
});

test('the client report on paper: competitors whose ratings are confidential are left out of the radar and not named; page numbers in both languages', async () => {
  const first = await withSample();
  for (const lang of ['en', 'de']) {
    await setLanguage(lang);
    const { pdf, headings } = await printed(`${first}/client-report`);
    assertPaper(pdf, headings, lang, 'the client report');
    assert.match(pdf.text, TEXTS[lang].footer);
    if (lang === 'en') {
      assert.match(pdf.text, /Competitors are not shown \(their ratings are confidential\)\./);
      assert.match(pdf.text, /Legend: Us(?! Competitor)/);
    } else {
      assert.match(pdf.text, /Wettbewerber werden nicht gezeigt \(ihre Bewertungen sind vertraulich\)\./);
      assert.match(pdf.text, /Legende: Wir(?! Competitor)/);
    }
    assert.doesNotMatch(pdf.text, /Competitor North|Competitor South|Wettbewerber Nord|Wettbewerber Süd/, 'the client report names no competitor');
    assert.doesNotMatch(pdf.text, /Revenue by offering|Umsatz nach Angebot|Whitespace/, 'the client report has no sales history');
  }
});

test('the portfolio report on paper: headings, the accounts of the chart as a table, German a reader understands', async () => {
  await withSample();
  for (const lang of ['en', 'de']) {
    await setLanguage(lang);
    const { pdf, headings } = await printed('#/report');
    assertPaper(pdf, headings, lang, 'the portfolio report');
    assert.match(pdf.text, TEXTS[lang].footer);
    if (lang === 'en') {
      assert.match(pdf.text, /Share of revenue/);
      assert.match(pdf.text, /Accounts in the chart Account Customer attractiveness Supplier position Quadrant Alpentec GmbH/);
    } else {
      assert.match(pdf.text, /Anteil am Umsatz/);
      assert.doesNotMatch(pdf.text, /Anteil am Maß/);
      assert.match(pdf.text, /Kunden im Diagramm/);
    }
  }
});

test('the workshop result: the footer, the group\'s level, recommendations for its weakest areas and the comments per area, on screen and on paper, in both languages; axe finds nothing', async () => {
  const { page } = h;
  await withSample();
  const expected = {
    en: [/Maturity of the group: 3\.1 of 5, level 3 “Defined”/,
      /Recommendations for the group's weakest areas 1\. Level selling: average 2\.0 of 5 Find your best entry point/,
      /Comments per area Organisation Anna Berg \(KAM\): Decisions take too long\./,
      /(Process|Process Page \d of \d) Dr\. Petra Lang \(development\): No link between development and sales\./],
    de: [/Reife der Gruppe: 3,1 von 5, Stufe 3 „Definiert“/,
      /Empfehlungen für die schwächsten Bereiche der Gruppe 1\. Level-Selling: Durchschnitt 2,0 von 5/,
      /Kommentare nach Bereich Organisation Anna Berg \(KAM\): Decisions take too long\./,
      // (A page may end between two areas: its number comes between.)
      /(Prozess|Prozess Seite \d von \d) Dr\. Petra Lang \(development\): No link between development and sales\./],
  };
  for (const lang of ['en', 'de']) {
    await setLanguage(lang);
    const { pdf, headings } = await printed('#/assessment/workshop');
    const group = page.getByRole('region', { name: lang === 'en' ? 'The group\'s result' : 'Ergebnis der Gruppe' });
    await group.getByRole('status').filter({ hasText: lang === 'en' ? 'Maturity of the group: 3.1 of 5' : 'Reife der Gruppe: 3,1 von 5' }).waitFor();
    assert.equal(await group.locator('ol.weakest > li').count(), 3);
    assertPaper(pdf, headings, lang, 'the workshop');
    assert.match(pdf.text, TEXTS[lang].footer);
    for (const re of expected[lang]) assert.match(pdf.text, re);
    // The controls stay on screen.
    assert.doesNotMatch(pdf.text, /Import assessment files|Einschätzungsdateien importieren|Export workshop|Workshop exportieren/);
    assert.deepEqual(await accessibilityViolations(page), [], `axe on the workshop page (${lang})`);
  }
});

test('a printed chart is drawn at the paper\'s width, not shrunk from the screen\'s', async () => {
  const first = await withSample();
  const { page } = h;
  await page.goto(`${h.baseUrl}${first}/report`);
  await page.locator('.page canvas').nth(1).waitFor();
  await page.waitForLoadState('networkidle');
  const screen = await page.locator('.page .chart').first().evaluate((e) => e.clientWidth);
  // Registered after the app's own listener: it sees the layout the charts were redrawn for.
  await page.evaluate(() => {
    window.printed = [];
    matchMedia('print').addEventListener('change', (e) => {
      if (!e.matches) return;
      for (const chart of document.querySelectorAll('.page .chart')) {
        const canvas = chart.querySelector('canvas');
        window.printed.push([chart.clientWidth, canvas ? canvas.clientWidth : -1]);
      }
    });
  });
  await page.pdf({ format: 'A4', printBackground: true });
  const printed = await page.evaluate(() => window.printed);
  assert.ok(printed.length >= 2, `the print layout was seen for every chart: ${JSON.stringify(printed)}`);
  assert.ok(printed[0][0] < screen, `the paper is narrower than the screen (${printed[0][0]} of ${screen} px)`);
  for (const [box, canvas] of printed) {
    assert.ok(Math.abs(box - canvas) <= 1, `the chart's canvas is ${canvas} px in a ${box} px box on paper`);
  }
});
