// Unit tests of the widget's pure functions and headless client: node --test src/test/js/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const V = require(path.join(__dirname, '../../main/resources/public/widget.js'));

test('segments marks highlight offsets and keeps the text intact', () => {
  const text = 'It’s really preventive, said Mr. Caire';
  const segs = V.segments(text, [{ start: 12, end: 22 }]);
  assert.deepEqual(segs, [
    { text: 'It’s really ', mark: false },
    { text: 'preventive', mark: true },
    { text: ', said Mr. Caire', mark: false },
  ]);
  assert.equal(segs.map((s) => s.text).join(''), text);
});

test('segments sorts, merges overlapping and adjacent spans, clamps and drops bad ones', () => {
  const text = 'abcdefghij';
  const segs = V.segments(text, [
    { start: 6, end: 8 },
    { start: 0, end: 2 },
    { start: 1, end: 3 }, // overlaps the previous one
    { start: 3, end: 4 }, // adjacent: merged
    { start: 9, end: 99 }, // clamped to the end
    { start: 5, end: 5 }, // empty
    { start: 7, end: 2 }, // reversed
    { start: '1', end: 2 }, // not an integer
    null,
  ]);
  assert.deepEqual(segs, [
    { text: 'abcd', mark: true },
    { text: 'ef', mark: false },
    { text: 'gh', mark: true },
    { text: 'i', mark: false },
    { text: 'j', mark: true },
  ]);
  assert.equal(segs.map((s) => s.text).join(''), text);
});

test('segments treats markup in the text as text and offsets as UTF-16 indices', () => {
  const text = '<img src=x onerror=alert(1)> 😀 Éric';
  const start = text.indexOf('Éric');
  const segs = V.segments(text, [{ start, end: start + 4 }]);
  assert.equal(segs[0].text, '<img src=x onerror=alert(1)> 😀 ');
  assert.deepEqual(segs[1], { text: 'Éric', mark: true });
  assert.deepEqual(V.segments('', []), [{ text: '', mark: false }]);
  assert.deepEqual(V.segments(null, undefined), [{ text: '', mark: false }]);
});

test('apiUrl builds the agreed query with repeated speakers, year range and cursor', () => {
  const url = new URL(V.apiUrl('https://news.example/verbatim/', { q: 'tiktok ban', speakers: ['Éric Caire', 'Jagmeet Singh'], lang: 'fr', year: '2023', size: 5 }, 'CUR=='));
  assert.equal(url.origin + url.pathname, 'https://news.example/verbatim/api/quotes');
  const p = url.searchParams;
  assert.equal(p.get('q'), 'tiktok ban');
  assert.equal(p.get('mode'), 'simple');
  assert.deepEqual(p.getAll('speaker'), ['Éric Caire', 'Jagmeet Singh']);
  assert.equal(p.get('lang'), 'fr');
  assert.equal(p.get('from'), '2023-01-01');
  assert.equal(p.get('to'), '2023-12-31');
  assert.equal(p.get('size'), '5');
  assert.equal(p.get('cursor'), 'CUR==');
  assert.equal(p.has('sort'), false);
  assert.equal(V.apiUrl('', { q: '' }), '/api/quotes?q=&mode=simple&size=10');
});

test('state survives the round trip through the page URL; defaults are left out', () => {
  const state = V.normalizeState({ q: 'c’est « préventif » & co', speakers: ['Éric Caire', 'A B'], lang: 'en', outlet: 'Le Devoir', kind: 'direct', year: '2023', sort: 'date' });
  const query = V.stateToQuery(state);
  assert.match(query, /^\?q=/);
  assert.deepEqual(V.queryToState(query), state);
  assert.equal(V.stateToQuery({ q: '' }), '');
  assert.equal(V.stateToQuery({ q: 'x' }), '?q=x');
});

test('queryToState ignores invalid values and keeps defaults for missing keys', () => {
  const s = V.queryToState('?q=a&lang=de&kind=shouted&year=20x3&sort=random&speaker=&speaker=X&speaker=X', { speakers: ['Pre'], size: 7 });
  assert.deepEqual(s, { q: 'a', speakers: ['X'], lang: '', outlet: '', kind: '', year: '', from: '', to: '', mode: 'simple', sort: 'relevance', size: 7, speakerMatch: true, collapse: true });
  assert.deepEqual(V.queryToState('', { speakers: ['Pre'] }).speakers, ['Pre']);
});

test('i18n: French and English strings, fallback, placeholders and plurals', () => {
  assert.equal(V.uiLang('fr-CA'), 'fr');
  assert.equal(V.uiLang('FR'), 'fr');
  assert.equal(V.uiLang('en-GB'), 'en');
  assert.equal(V.uiLang('de'), 'en');
  assert.equal(V.uiLang(undefined), 'en');
  assert.equal(V.t('fr', 'more'), 'Plus de résultats');
  assert.equal(V.t('en', 'more'), 'More results');
  assert.equal(V.t('fr', 'none', { q: 'x' }), 'Aucune citation ne correspond à «\u00A0x\u00A0».');
  assert.equal(V.t('en', 'no-such-key'), 'no-such-key');
  assert.equal(V.countText('en', 1), '1 quote');
  assert.equal(V.countText('en', 2), '2 quotes');
  assert.equal(V.countText('fr', 0), '0 citation'); // French: 0 is singular
  assert.equal(V.countText('en', 1000, false), 'More than 1,000 quotes');
  // Every key exists in both languages.
  assert.deepEqual(Object.keys(V.STRINGS.fr).sort(), Object.keys(V.STRINGS.en).sort());
});

test('formatDate localises ISO dates and passes anything else through', () => {
  assert.equal(V.formatDate('en', '2023-02-28'), 'Feb 28, 2023');
  assert.equal(V.formatDate('fr', '2023-02-28'), '28 févr. 2023');
  assert.equal(V.formatDate('en', 'yesterday'), 'yesterday');
  assert.equal(V.formatDate('en', null), '');
});

/** A fetch whose responses the test releases by hand, in any order. */
function manualFetch() {
  const calls = [];
  const fetch = (url, init) =>
    new Promise((resolve, reject) => calls.push({ url, init, resolve: (status, body) => resolve({ ok: status < 400, status, json: async () => body }), reject }));
  return { fetch, calls };
}

const page = (text, extra) => Object.assign({ total: 1, totalExact: true, hits: [{ id: text, text, highlights: [] }], facets: {}, cursor: null, didYouMean: null, partial: false }, extra);

test('client drops a stale response that arrives after a newer one', async () => {
  const { fetch, calls } = manualFetch();
  const client = V.createClient({ endpoint: 'http://api', fetch });
  const seen = [];
  client.subscribe((c) => seen.push(c.result.status));
  const first = client.update({ q: 'pre' });
  const second = client.update({ q: 'preventive' });
  assert.equal(calls.length, 2);
  assert.equal(calls[0].init.signal.aborted, true, 'the older fetch is aborted');
  calls[1].resolve(200, page('newer'));
  assert.equal(await second, 'ok');
  calls[0].resolve(200, page('older'));
  assert.equal(await first, 'stale');
  assert.equal(client.result.hits[0].text, 'newer');
  assert.equal(client.result.status, 'ready');
  assert.ok(!seen.includes('error'));
});

test('client: empty state is idle without a request, unless browsing', async () => {
  const { fetch, calls } = manualFetch();
  const client = V.createClient({ fetch });
  assert.equal(await client.update({ q: '   ' }), 'idle');
  assert.equal(calls.length, 0);
  const browsing = V.createClient({ fetch, browse: true });
  const p = browsing.search();
  assert.equal(calls.length, 1);
  calls[0].resolve(200, page('all'));
  assert.equal(await p, 'ok');
});

test('client pages with the cursor and appends', async () => {
  const { fetch, calls } = manualFetch();
  const client = V.createClient({ endpoint: 'http://api', fetch });
  const p1 = client.update({ q: 'x' });
  calls[0].resolve(200, page('one', { total: 2, cursor: 'next1' }));
  await p1;
  const p2 = client.more();
  assert.equal(new URL(calls[1].url).searchParams.get('cursor'), 'next1');
  assert.equal(client.result.status, 'loading-more');
  assert.equal(client.result.hits.length, 1, 'hits stay while the next page loads');
  calls[1].resolve(200, page('two', { total: 2, cursor: null }));
  assert.equal(await p2, 'ok');
  assert.deepEqual(client.result.hits.map((h) => h.text), ['one', 'two']);
  assert.equal(client.result.cursor, null);
  assert.equal(await client.more(), 'idle');
});

test('client reports the service being down, HTTP errors and malformed bodies', async () => {
  const { fetch, calls } = manualFetch();
  const client = V.createClient({ fetch });
  let p = client.update({ q: 'a' });
  calls[0].reject(new TypeError('Failed to fetch'));
  assert.equal(await p, 'error');
  assert.equal(client.result.error.code, 'unavailable');
  p = client.update({ q: 'a(' });
  calls[1].resolve(400, { error: 'query_syntax', message: 'unbalanced parenthesis', details: { position: 1 } });
  assert.equal(await p, 'error');
  assert.deepEqual([client.result.error.code, client.result.error.message], ['query_syntax', 'unbalanced parenthesis']);
  p = client.update({ q: 'b' });
  calls[2].resolve(502, null);
  await p;
  assert.equal(client.result.error.code, 'unavailable');
  p = client.update({ q: 'c' });
  calls[3].resolve(200, { hits: 'nope' });
  await p;
  assert.equal(client.result.error.code, 'bad_response');
});

test('client toggles speakers and keeps the others', async () => {
  const { fetch, calls } = manualFetch();
  const client = V.createClient({ fetch, state: { speakers: ['A'] } });
  client.toggleSpeaker('B');
  assert.deepEqual(client.state.speakers, ['A', 'B']);
  client.toggleSpeaker('A');
  assert.deepEqual(client.state.speakers, ['B']);
  assert.deepEqual(new URL(calls.at(-1).url, 'http://h').searchParams.getAll('speaker'), ['B']);
});

test('debounce runs once after quiet and can be cancelled', async () => {
  let n = 0;
  const d = V.debounce(() => n++, 10);
  d(); d(); d();
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(n, 1);
  d(); d.cancel();
  await new Promise((r) => setTimeout(r, 30));
  assert.equal(n, 1);
});

test('French strings keep French typography: no-break spaces inside « » and before : ; ? !', () => {
  for (const [key, value] of Object.entries(V.STRINGS.fr)) {
    assert.doesNotMatch(value, /« | »| [:;?!]/, key + ': an ordinary space where French puts a no-break space');
    assert.doesNotMatch(value, /«[^\u00A0\u202F]|[^\u00A0\u202F]»/, key + ': « » without their no-break spaces');
  }
  assert.equal(V.t('fr', 'didYouMeanEnd'), '\u202F?');
});

test('date range, advanced mode and sort go to the API and the page URL; export links carry the same query', () => {
  const state = { q: 'tiktok AND interdiction', mode: 'advanced', speakers: ['Éric Caire'], lang: 'fr', from: '2023-01-01', to: '2023-06-30', sort: 'date' };
  const p = new URL(V.apiUrl('', state), 'http://x').searchParams;
  assert.equal(p.get('mode'), 'advanced');
  assert.equal(p.get('from'), '2023-01-01');
  assert.equal(p.get('to'), '2023-06-30');
  assert.equal(p.get('sort'), 'date');
  assert.deepEqual(V.queryToState(V.stateToQuery(state)), V.normalizeState(state));
  const csv = new URL(V.exportUrl('https://svc.example/', state, 'csv'));
  assert.equal(csv.origin + csv.pathname, 'https://svc.example/api/export');
  assert.equal(csv.searchParams.get('format'), 'csv');
  assert.equal(csv.searchParams.get('q'), 'tiktok AND interdiction');
  assert.equal(csv.searchParams.get('mode'), 'advanced');
  assert.deepEqual(csv.searchParams.getAll('speaker'), ['Éric Caire']);
  assert.equal(csv.searchParams.has('size'), false);
  assert.equal(new URL(V.exportUrl('', { q: 'x' }, 'jsonl'), 'http://x').searchParams.get('format'), 'jsonl');
  assert.equal(V.normalizeState({ from: '2023-13' }).from, '', 'not a day');
  assert.deepEqual(V.activeFilters({ speakers: ['A'], year: '2020', to: '2020-05-01' }).map((f) => f.key), ['speaker', 'year', 'to']);
});

test('speaker suggestions: the current results first (accent- and case-insensitive, any word), then the index', () => {
  const facet = [{ value: 'Éric Caire', count: 7 }, { value: 'Jagmeet Singh', count: 2 }, { value: 'Carla Eriksen', count: 1 }];
  const index = [{ value: 'Eric Duhaime', count: 12 }, { value: 'Éric Caire', count: 9 }];
  const got = V.suggestSpeakers('eri', facet, index);
  assert.deepEqual(got.map((s) => s.value), ['Éric Caire', 'Carla Eriksen', 'Eric Duhaime']);
  assert.deepEqual(got.map((s) => s.here), [true, true, false]);
  assert.deepEqual(V.suggestSpeakers('CAI', facet, []).map((s) => s.value), ['Éric Caire']);
  assert.deepEqual(V.suggestSpeakers('  ', facet, index), []);
});

test('a 400 keeps the error details (the position of a syntax error)', async () => {
  const fetch = async () => ({ ok: false, status: 400, json: async () => ({ error: 'query_syntax', message: 'unbalanced (', details: { position: 11 } }) });
  const c = V.createClient({ fetch, state: { q: 'tiktok AND (', mode: 'advanced' } });
  assert.equal(await c.search(), 'error');
  assert.equal(c.result.error.code, 'query_syntax');
  assert.equal(c.result.error.details.position, 11);
});

test('speakerMatch=false and collapse=false go to the API, the page URL and the export; defaults are left out', () => {
  const state = { q: 'nadia valmont', speakerMatch: false, collapse: false };
  const p = new URL(V.apiUrl('', state), 'http://x').searchParams;
  assert.equal(p.get('speakerMatch'), 'false');
  assert.equal(p.get('collapse'), 'false');
  assert.equal(V.stateToQuery(state), '?q=nadia+valmont&speakerMatch=false&collapse=false');
  assert.deepEqual(V.queryToState(V.stateToQuery(state)), V.normalizeState(state));
  assert.equal(new URL(V.exportUrl('', state, 'csv'), 'http://x').searchParams.get('collapse'), 'false');
  const plain = new URL(V.apiUrl('', { q: 'x' }), 'http://x').searchParams;
  assert.equal(plain.has('speakerMatch') || plain.has('collapse'), false);
  assert.equal(V.stateToQuery({ q: 'x', speakerMatch: true }), '?q=x');
  assert.equal(V.queryToState('?q=x&speakerMatch=no').speakerMatch, true, 'only "false" turns it off');
});

test('readResponse keeps the speaker match, distinct count, query mode, notices and copies, checked', () => {
  const r = V.readResponse({
    total: 12, distinct: 9, queryMode: 'advanced', notices: ['Read as advanced syntax.', 3, ''],
    speakerMatch: { name: 'Nadia Valmont', count: 2 },
    hits: [{ text: 'a', score: 1003.5, alsoIn: { count: 2, articles: ['w2', 'w3', 7] } }, { text: 'b', alsoIn: { count: 0, articles: [] } }, { text: 'c', alsoIn: 'x' }],
  });
  assert.equal(r.distinct, 9);
  assert.deepEqual(r.speakerMatch, { name: 'Nadia Valmont', count: 2 });
  assert.equal(r.queryMode, 'advanced');
  assert.deepEqual(r.notices, ['Read as advanced syntax.']);
  assert.deepEqual(r.hits.map((h) => h.alsoIn), [{ count: 2, articles: ['w2', 'w3'] }, null, null]);
  const bare = V.readResponse({ hits: [] });
  assert.equal(bare.distinct, null);
  assert.equal(bare.speakerMatch, null);
  assert.equal(bare.queryMode, 'simple');
  assert.deepEqual(bare.notices, []);
  assert.equal(V.readResponse({ hits: [], speakerMatch: { name: '' } }).speakerMatch, null);
});

test('count line: total and distinct when they differ; "also in N articles" with plurals in both languages', () => {
  assert.equal(V.countLine('en', 12, true, 9), '12 quotes · 9 distinct');
  assert.equal(V.countLine('en', 12, true, 12), '12 quotes');
  assert.equal(V.countLine('en', 12, true, null), '12 quotes');
  assert.equal(V.countLine('fr', 1200, true, 900), '1\u202F200 citations · 900 distinctes');
  assert.equal(V.plural('en', 'alsoIn', 1), 'also in 1 article');
  assert.equal(V.plural('en', 'alsoIn', 3), 'also in 3 articles');
  assert.equal(V.plural('fr', 'alsoIn', 3), 'aussi dans 3\u00A0articles');
  assert.equal(V.t('en', 'speakerFirst', { name: 'Nadia Valmont', n: 2 }), 'Quotes by Nadia Valmont first (2)');
  assert.equal(V.t('fr', 'ambiguous', { v: 'Ostrova' }), '«\u00A0Ostrova\u00A0» peut désigner plusieurs personnes. Laquelle\u202F?');
});

test('choosing a candidate of an ambiguous speaker replaces the value and keeps the other filters', () => {
  assert.deepEqual(V.pickSpeaker(['Ostrova', 'Nadia Valmont'], 'Ostrova', 'Ilse Ostrova'), ['Nadia Valmont', 'Ilse Ostrova']);
  assert.deepEqual(V.pickSpeaker(['Ostrova', 'Ilse Ostrova'], 'Ostrova', 'Ilse Ostrova'), ['Ilse Ostrova']);
  assert.deepEqual(V.pickSpeaker([], 'Ostrova', 'Ilse Ostrova'), ['Ilse Ostrova']);
});

test('a 400 ambiguous_speaker keeps its candidates', async () => {
  const details = { parameter: 'speaker', value: 'Ostrova', candidates: [{ name: 'Ilse Ostrova', count: 1 }, { name: 'Marek Ostrova', count: 1 }] };
  const fetch = async () => ({ ok: false, status: 400, json: async () => ({ error: 'ambiguous_speaker', message: 'ambiguous', details }) });
  const c = V.createClient({ fetch, state: { speakers: ['Ostrova'] } });
  assert.equal(await c.search(), 'error');
  assert.equal(c.result.error.code, 'ambiguous_speaker');
  assert.deepEqual(c.result.error.details.candidates.map((x) => x.name), ['Ilse Ostrova', 'Marek Ostrova']);
});
