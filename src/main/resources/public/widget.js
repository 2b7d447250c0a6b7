/*
 * Verbatim search widget: <script src="…/widget.js" defer></script><verbatim-search endpoint="…"></verbatim-search>
 * One classic script, no dependencies, no build step: 1. the UI strings per language; 2. the headless client
 * and pure helpers (tested under node); 3. the <verbatim-search> element (Shadow DOM), which renders the state.
 * Untrusted text is only ever set with textContent / text nodes; highlights come as offsets, never as HTML.
 */
(function (root) {
  'use strict';

  // ---------------------------------------------------------------- 1. UI strings, one place per language
  const STRINGS = {
    en: {
      label: 'Search quotes',
      placeholder: 'Search quotes…',
      submit: 'Search',
      results: 'Results',
      results_one: '{n} quote',
      results_other: '{n} quotes',
      atLeast: 'More than {n} quotes',
      searching: 'Searching…',
      none: 'No quote matches “{q}”.',
      noneFiltered: 'No quote matches these filters.',
      hint: 'Type to search what was said, by whom.',
      didYouMean: 'Did you mean',
      more: 'More results',
      unavailable: 'The search service is unavailable. Try again in a moment.',
      failed: 'The search failed: {message}',
      retry: 'Retry',
      partial: 'The search took too long; these results may be incomplete.',
      speakers: 'Speakers',
      speakerFilter: 'Filter by speaker',
      speakerFind: 'Find a speaker…',
      remove: 'Remove filter {v}',
      language: 'Language',
      anyLanguage: 'All languages',
      outlet: 'Outlet',
      year: 'Year',
      kind: 'Kind',
      filters: 'Filters',
      clear: 'Clear filters',
      lang_en: 'English',
      lang_fr: 'French',
      kind_direct: 'Direct',
      kind_partial: 'Partial',
      kind_indirect: 'Indirect',
      article: 'Read the article',
      source: 'Original',
      unknownSpeaker: 'Unattributed',
      by: 'By {name}',
      quotesHere: 'Quotes in this article',
      relatedHere: 'Related stories',
      notFound: 'No article has this id.',
      back: 'Back to the search',
      loadingArticle: 'Loading the article…',
      saidBy: 'said by {name}',
      didYouMeanEnd: '?',
      noneWith: 'No quote matches “{q}” with these filters: {filters}.',
      noneFilteredWith: 'No quote matches these filters: {filters}.',
      syntax: 'The query has a syntax error at character {pos}: {message}',
      syntaxShort: 'The query has a syntax error: {message}',
      advanced: 'Advanced syntax',
      advancedHint: 'AND, OR, -word, "a phrase", speaker:name, lang:fr',
      sort: 'Sort',
      sort_relevance: 'Most relevant',
      sort_date: 'Newest first',
      dates: 'Dates',
      from: 'From',
      to: 'To',
      export: 'Export these results',
      exportCsv: 'CSV',
      exportJsonl: 'JSON Lines',
      showFilters: 'Filters and options',
      filterSpeaker: 'speaker {v}',
      filterFrom: 'from {v}',
      filterTo: 'until {v}',
      inResults: 'in these results',
      dateInferred: 'date read from the URL',
      distinct_one: '{n} distinct',
      distinct_other: '{n} distinct',
      speakerFirst: 'Quotes by {name} first ({n})',
      wordsInstead: 'Search the words instead',
      wordsOnly: 'Searching the words only',
      speakerBack: 'Put the speaker named first',
      alsoIn_one: 'also in {n} article',
      alsoIn_other: 'also in {n} articles',
      everyCopy: 'Show every copy',
      everyCopyOn: 'Every copy of each quote is shown.',
      onceEach: 'Show each quote once',
      advancedBadge: 'advanced syntax',
      ambiguous: '“{v}” could be several speakers. Which one?',
    },
    fr: {
      label: 'Rechercher des citations',
      placeholder: 'Rechercher des citations…',
      submit: 'Rechercher',
      results: 'Résultats',
      results_one: '{n} citation',
      results_other: '{n} citations',
      atLeast: 'Plus de {n} citations',
      searching: 'Recherche en cours…',
      none: 'Aucune citation ne correspond à «\u00A0{q}\u00A0».',
      noneFiltered: 'Aucune citation ne correspond à ces filtres.',
      hint: 'Tapez pour chercher ce qui a été dit, et par qui.',
      didYouMean: 'Vouliez-vous dire',
      more: 'Plus de résultats',
      unavailable: 'Le service de recherche est indisponible. Réessayez dans un instant.',
      failed: 'La recherche a échoué\u00A0: {message}',
      retry: 'Réessayer',
      partial: 'La recherche a pris trop de temps\u202F; ces résultats peuvent être incomplets.',
      speakers: 'Personnes citées',
      speakerFilter: 'Filtrer par personne citée',
      speakerFind: 'Trouver une personne…',
      remove: 'Retirer le filtre {v}',
      language: 'Langue',
      anyLanguage: 'Toutes les langues',
      outlet: 'Média',
      year: 'Année',
      kind: 'Type',
      filters: 'Filtres',
      clear: 'Effacer les filtres',
      lang_en: 'Anglais',
      lang_fr: 'Français',
      kind_direct: 'Directe',
      kind_partial: 'Partielle',
      kind_indirect: 'Indirecte',
      article: 'Lire l’article',
      source: 'Original',
      unknownSpeaker: 'Non attribuée',
      by: 'Par {name}',
      quotesHere: 'Citations de l’article',
      relatedHere: 'À lire aussi',
      notFound: 'Aucun article ne porte cet identifiant.',
      back: 'Retour à la recherche',
      loadingArticle: 'Chargement de l’article…',
      saidBy: 'dit par {name}',
      didYouMeanEnd: '\u202F?',
      noneWith: 'Aucune citation ne correspond à «\u00A0{q}\u00A0» avec ces filtres\u00A0: {filters}.',
      noneFilteredWith: 'Aucune citation ne correspond à ces filtres\u00A0: {filters}.',
      syntax: 'La requête contient une erreur de syntaxe au caractère {pos}\u00A0: {message}',
      syntaxShort: 'La requête contient une erreur de syntaxe\u00A0: {message}',
      advanced: 'Syntaxe avancée',
      advancedHint: 'AND, OR, -mot, "une expression", speaker:nom, lang:fr',
      sort: 'Tri',
      sort_relevance: 'Pertinence',
      sort_date: 'Plus récentes d’abord',
      dates: 'Dates',
      from: 'Du',
      to: 'Au',
      export: 'Exporter ces résultats',
      exportCsv: 'CSV',
      exportJsonl: 'JSON Lines',
      showFilters: 'Filtres et options',
      filterSpeaker: 'personne citée {v}',
      filterFrom: 'depuis le {v}',
      filterTo: 'jusqu’au {v}',
      inResults: 'dans ces résultats',
      dateInferred: 'date tirée de l’adresse',
      distinct_one: '{n} distincte',
      distinct_other: '{n} distinctes',
      speakerFirst: 'Citations de {name} d’abord ({n})',
      wordsInstead: 'Chercher plutôt les mots',
      wordsOnly: 'Recherche des mots seulement',
      speakerBack: 'Mettre d’abord la personne nommée',
      alsoIn_one: 'aussi dans {n}\u00A0article',
      alsoIn_other: 'aussi dans {n}\u00A0articles',
      everyCopy: 'Montrer chaque copie',
      everyCopyOn: 'Toutes les copies de chaque citation sont affichées.',
      onceEach: 'Montrer chaque citation une fois',
      advancedBadge: 'syntaxe avancée',
      ambiguous: '«\u00A0{v}\u00A0» peut désigner plusieurs personnes. Laquelle\u202F?',
    },
  };

  /** The UI language for a BCP 47 tag: "fr" for any French tag, "en" otherwise. */
  function uiLang(tag) {
    return String(tag || '').trim().toLowerCase().split(/[-_]/)[0] === 'fr' ? 'fr' : 'en';
  }

  /** A UI string (English, then the key, as fallbacks) with its {name} placeholders filled. */
  function t(lang, key, vars) {
    const table = STRINGS[uiLang(lang)];
    let s = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : STRINGS.en[key];
    if (s === undefined) s = key;
    return vars ? s.replace(/\{(\w+)\}/g, (m, k) => (k in vars ? String(vars[k]) : m)) : s;
  }

  /** String key_one or key_other by the language's plural rule, with {n} formatted ("1 200"). */
  function plural(lang, key, n) {
    lang = uiLang(lang);
    return t(lang, key + (new Intl.PluralRules(lang).select(n) === 'one' ? '_one' : '_other'), { n: new Intl.NumberFormat(lang).format(n) });
  }

  /** "{n} quotes" ("more than" when not exact). */
  function countText(lang, n, exact) {
    return exact === false ? t(lang, 'atLeast', { n: new Intl.NumberFormat(uiLang(lang)).format(n) }) : plural(lang, 'results', n);
  }

  /** "{total} quotes · {distinct} distinct" when wire copies make them differ. */
  function countLine(lang, total, exact, distinct) {
    const c = countText(lang, total, exact);
    return distinct == null || distinct === total ? c : c + ' · ' + plural(lang, 'distinct', distinct);
  }

  /** An ISO yyyy-MM-dd date in the UI language ("28 nov. 2026"), or the input when it is not such a date. */
  function formatDate(lang, iso) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(String(iso || ''))) return iso || '';
    const d = new Date(iso + 'T00:00:00Z');
    if (isNaN(d)) return iso;
    return new Intl.DateTimeFormat(uiLang(lang), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(d);
  }

  // ---------------------------------------------------------------- 2. pure helpers and the headless client

  /**
   * Splits text into [{text, mark}] segments from highlight offsets [start, end) (UTF-16 indices, as Java's).
   * Out-of-range, reversed, non-integer and overlapping spans are clamped, dropped or merged, never trusted.
   */
  function segments(text, highlights) {
    text = text == null ? '' : String(text);
    const spans = (Array.isArray(highlights) ? highlights : [])
      .filter((h) => h && Number.isInteger(h.start) && Number.isInteger(h.end))
      .map((h) => [Math.max(0, h.start), Math.min(text.length, h.end)])
      .filter((s) => s[0] < s[1])
      .sort((a, b) => a[0] - b[0]);
    const out = [];
    let pos = 0;
    for (const [s, e] of spans) {
      if (e <= pos) continue;
      const start = Math.max(s, pos);
      if (start > pos) out.push({ text: text.slice(pos, start), mark: false });
      if (out.length && out[out.length - 1].mark && start === pos) out[out.length - 1].text += text.slice(start, e);
      else out.push({ text: text.slice(start, e), mark: true });
      pos = e;
    }
    if (pos < text.length || out.length === 0) out.push({ text: text.slice(pos), mark: false });
    return out;
  }

  const KINDS = ['direct', 'partial', 'indirect'];

  /** A clean search state: only known keys, right types, no duplicates. */
  function normalizeState(s) {
    s = s || {};
    const str = (v) => (v == null ? '' : String(v).trim());
    const speakers = [];
    for (const v of Array.isArray(s.speakers) ? s.speakers : s.speakers ? [s.speakers] : []) {
      const name = str(v);
      if (name && !speakers.includes(name)) speakers.push(name);
    }
    const lang = str(s.lang).toLowerCase();
    const kind = str(s.kind).toLowerCase();
    const year = str(s.year);
    const day = (v) => (/^\d{4}-\d{2}-\d{2}$/.test(str(v)) ? str(v) : '');
    const size = parseInt(s.size, 10);
    return {
      q: s.q == null ? '' : String(s.q).slice(0, 1000),
      speakers,
      lang: lang === 'en' || lang === 'fr' ? lang : '',
      outlet: str(s.outlet),
      kind: KINDS.includes(kind) ? kind : '',
      year: /^\d{4}$/.test(year) ? year : '',
      from: day(s.from),
      to: day(s.to),
      mode: s.mode === 'advanced' ? 'advanced' : 'simple',
      sort: s.sort === 'date' ? 'date' : 'relevance',
      size: size >= 1 && size <= 100 ? size : 10,
      // off: the words only (no speaker the query names first); every wire copy
      speakerMatch: !off(s.speakerMatch),
      collapse: !off(s.collapse),
    };
  }

  function off(v) {
    return v === false || v === 'false';
  }

  /** The speakers once a candidate of an ambiguous value replaces it. */
  function pickSpeaker(speakers, value, name) {
    return speakers.filter((v) => v !== value && v !== name).concat(name);
  }

  function hasQuery(s) {
    return Boolean(s.q.trim() || activeFilters(s).length);
  }

  /** The filters a state applies, as [{key, value}] in display order (speakers one by one). */
  function activeFilters(state) {
    const s = normalizeState(state);
    const out = s.speakers.map((v) => ({ key: 'speaker', value: v }));
    for (const k of ['lang', 'outlet', 'kind', 'year', 'from', 'to']) if (s[k]) out.push({ key: k, value: s[k] });
    return out;
  }

  /** The search parameters shared by /api/quotes and /api/export (no paging). */
  function searchParams(state) {
    const s = normalizeState(state);
    const p = new URLSearchParams();
    p.set('q', s.q);
    p.set('mode', s.mode);
    for (const sp of s.speakers) p.append('speaker', sp);
    if (s.lang) p.set('lang', s.lang);
    if (s.outlet) p.set('outlet', s.outlet);
    if (s.kind) p.set('kind', s.kind);
    // An explicit date range wins over the year chip; a year alone is its whole calendar year.
    const from = s.from || (s.year ? s.year + '-01-01' : '');
    const to = s.to || (s.year ? s.year + '-12-31' : '');
    if (from) p.set('from', from);
    if (to) p.set('to', to);
    if (s.sort === 'date') p.set('sort', 'date');
    if (!s.speakerMatch) p.set('speakerMatch', 'false');
    if (!s.collapse) p.set('collapse', 'false');
    return p;
  }

  /** GET {endpoint}/api/export?format=csv|jsonl&… : every quote the state matches, as a file. */
  function exportUrl(endpoint, state, format) {
    const p = searchParams(state);
    p.set('format', format === 'jsonl' ? 'jsonl' : 'csv');
    return trimEndpoint(endpoint) + '/api/export?' + p.toString();
  }

  /** "" means this page's origin. */
  function trimEndpoint(e) {
    return String(e == null ? '' : e).trim().replace(/\/+$/, '');
  }

  function apiUrl(endpoint, state, cursor) {
    const s = normalizeState(state);
    const p = searchParams(s);
    p.set('size', String(s.size));
    if (cursor) p.set('cursor', cursor);
    return trimEndpoint(endpoint) + '/api/quotes?' + p.toString();
  }

  /** The shareable page query ("?q=…&speaker=…") for a state; defaults are left out. */
  function stateToQuery(state) {
    const s = normalizeState(state);
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    for (const sp of s.speakers) p.append('speaker', sp);
    for (const k of ['lang', 'outlet', 'kind', 'year', 'from', 'to']) if (s[k]) p.set(k, s[k]);
    if (s.mode === 'advanced') p.set('mode', 'advanced');
    if (s.sort === 'date') p.set('sort', 'date');
    if (!s.speakerMatch) p.set('speakerMatch', 'false');
    if (!s.collapse) p.set('collapse', 'false');
    const q = p.toString();
    return q ? '?' + q : '';
  }

  /** The state a page query ("?q=…&speaker=…") describes; unknown or invalid values are ignored. */
  function queryToState(search, defaults) {
    const p = new URLSearchParams(search || '');
    const base = normalizeState(defaults);
    return normalizeState({
      q: p.get('q') ?? base.q,
      speakers: p.has('speaker') ? p.getAll('speaker') : base.speakers,
      lang: p.get('lang') ?? base.lang,
      outlet: p.get('outlet') ?? base.outlet,
      kind: p.get('kind') ?? base.kind,
      year: p.get('year') ?? base.year,
      from: p.get('from') ?? base.from,
      to: p.get('to') ?? base.to,
      mode: p.get('mode') ?? base.mode,
      sort: p.get('sort') ?? base.sort,
      speakerMatch: p.get('speakerMatch') ?? base.speakerMatch,
      collapse: p.get('collapse') ?? base.collapse,
      size: base.size,
    });
  }

  function emptyResult() {
    return { status: 'idle', hits: [], total: 0, totalExact: true, distinct: null, facets: {}, cursor: null, didYouMean: null, partial: false, error: null,
      speakerMatch: null, queryMode: 'simple', notices: [] };
  }

  /** Checks a response body against the agreed shape; returns a clean result or throws. */
  function readResponse(body) {
    if (!body || typeof body !== 'object' || !Array.isArray(body.hits)) throw new Error('bad_response');
    const facets = {};
    if (body.facets && typeof body.facets === 'object') {
      for (const [name, list] of Object.entries(body.facets)) {
        if (Array.isArray(list)) facets[name] = list.filter((f) => f && f.value != null).map((f) => ({ value: String(f.value), count: Number(f.count) || 0 }));
      }
    }
    const sm = body.speakerMatch;
    const num = (v) => (Number.isFinite(v) ? v : null);
    return {
      hits: body.hits.filter((h) => h && typeof h === 'object').map((h) => Object.assign({}, h, { alsoIn: alsoIn(h.alsoIn) })),
      total: Number(body.total) || 0,
      distinct: num(body.distinct),
      speakerMatch: sm && typeof sm === 'object' && typeof sm.name === 'string' && sm.name ? { name: sm.name, count: num(sm.count) || 0 } : null,
      queryMode: body.queryMode === 'advanced' ? 'advanced' : 'simple',
      notices: Array.isArray(body.notices) ? body.notices.filter((n) => typeof n === 'string' && n) : [],
      totalExact: body.totalExact !== false,
      facets,
      cursor: typeof body.cursor === 'string' && body.cursor ? body.cursor : null,
      didYouMean: typeof body.didYouMean === 'string' && body.didYouMean ? body.didYouMean : null,
      partial: body.partial === true,
    };
  }

  /** {count, articles: [ids]} or null. (Scores are never shown: a named speaker's are above 1000.) */
  function alsoIn(a) {
    if (!a || typeof a !== 'object' || !Array.isArray(a.articles)) return null;
    const articles = a.articles.filter((id) => typeof id === 'string' && id);
    const count = Math.max(Number.isInteger(a.count) ? a.count : 0, articles.length);
    return count > 0 ? { count, articles } : null;
  }

  /**
   * The headless search client: state, last result, fetches. Only the latest search may land (sequence
   * numbers; older fetches are aborted). options: endpoint, fetch, state, browse (search with an empty state).
   */
  function createClient(options) {
    options = options || {};
    const fetchFn = options.fetch || ((...a) => root.fetch(...a));
    const listeners = [];
    let seq = 0;
    let controller = null;
    const client = {
      endpoint: trimEndpoint(options.endpoint),
      browse: Boolean(options.browse),
      state: normalizeState(options.state),
      result: emptyResult(),
      subscribe(fn) {
        listeners.push(fn);
      },
      /** Merges a patch into the state and searches; resolves to "ok", "error", "idle" or "stale". */
      update(patch) {
        client.state = normalizeState(Object.assign({}, client.state, patch));
        return run(false);
      },
      search() {
        return run(false);
      },
      more() {
        return client.result.cursor ? run(true) : Promise.resolve('idle');
      },
      toggleSpeaker(name) {
        return client.update({ speakers: toggle(client.state.speakers, name) });
      },
    };
    const emit = () => listeners.forEach((fn) => fn(client));

    async function run(append) {
      const my = ++seq;
      if (controller) controller.abort();
      controller = typeof AbortController === 'function' ? new AbortController() : null;
      const previous = client.result;
      if (!append && !client.browse && !hasQuery(client.state)) {
        client.result = emptyResult();
        emit();
        return 'idle';
      }
      client.result = Object.assign({}, append ? previous : emptyResult(), {
        status: append ? 'loading-more' : 'loading',
        facets: previous.facets,
        error: null,
      });
      emit();
      const url = apiUrl(client.endpoint, client.state, append ? previous.cursor : null);
      let res, body;
      try {
        res = await fetchFn(url, { signal: controller ? controller.signal : undefined, headers: { Accept: 'application/json' } });
        body = await res.json().catch(() => null);
      } catch (e) {
        if (my !== seq) return 'stale';
        client.result = Object.assign(emptyResult(), { status: 'error', error: { code: 'unavailable', message: String(e && e.message) } });
        emit();
        return 'error';
      }
      if (my !== seq) return 'stale';
      if (!res.ok) {
        const code = body && body.error ? String(body.error) : res.status >= 500 ? 'unavailable' : 'http_' + res.status;
        const message = body && body.message ? String(body.message) : 'HTTP ' + res.status;
        const details = body && body.details && typeof body.details === 'object' ? body.details : {};
        client.result = Object.assign(emptyResult(), { status: 'error', error: { code, message, status: res.status, details } });
        emit();
        return 'error';
      }
      let page;
      try {
        page = readResponse(body);
      } catch (e) {
        client.result = Object.assign(emptyResult(), { status: 'error', error: { code: 'bad_response', message: 'unexpected response' } });
        emit();
        return 'error';
      }
      if (append) page.hits = previous.hits.concat(page.hits);
      client.result = Object.assign(page, { status: 'ready', error: null });
      emit();
      return 'ok';
    }
    return client;
  }

  /** Calls fn after ms of quiet; .cancel() forgets it. */
  function debounce(fn, ms) {
    let timer = null;
    const d = (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        fn(...args);
      }, ms);
    };
    d.cancel = () => {
      clearTimeout(timer);
      timer = null;
    };
    return d;
  }

  /** Lower case without accents, for matching what is typed against names ("eric" finds "Éric"). */
  function fold(s) {
    return String(s == null ? '' : s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  /** Speakers for a typed prefix (any word of the name): the current results' (speaker facet) first, then the index's. */
  function suggestSpeakers(prefix, facet, indexWide, limit) {
    const p = fold(prefix).trim();
    if (!p) return [];
    const starts = (name) => fold(name).split(/[\s'’-]+/).some((w) => w.startsWith(p)) || fold(name).startsWith(p);
    const out = [];
    const seen = new Set();
    for (const f of facet || []) {
      if (f && f.value && starts(f.value) && !seen.has(f.value)) { seen.add(f.value); out.push({ value: f.value, count: f.count, here: true }); }
    }
    for (const f of indexWide || []) {
      if (f && f.value && !seen.has(f.value)) { seen.add(f.value); out.push({ value: f.value, count: f.count, here: false }); }
    }
    return out.slice(0, limit || 8);
  }

  const api = { STRINGS, uiLang, t, countText, countLine, plural, pickSpeaker, formatDate, segments, normalizeState, hasQuery, activeFilters, apiUrl, exportUrl, stateToQuery, queryToState, readResponse, createClient, debounce, fold, suggestSpeakers };

  if (typeof module === 'object' && module && module.exports) module.exports = api;
  root.Verbatim = api;

  // ---------------------------------------------------------------- 3. the custom element
  if (!root.customElements || !root.HTMLElement || root.customElements.get('verbatim-search')) return;

  const script = root.document && root.document.currentScript;
  const DEFAULT_ENDPOINT = script && script.src ? new URL('.', script.src).href : '';

  const CSS = `
:host{--_fg:var(--verbatim-fg,#1a1a1a);--_bg:var(--verbatim-bg,#fff);--_muted:var(--verbatim-muted,#555);--_line:var(--verbatim-line,#8a8a8a);
--_accent:var(--verbatim-accent,#0b57d0);--_on-accent:var(--verbatim-on-accent,#fff);--_mark:var(--verbatim-mark,#ffe27a);--_mark-fg:var(--verbatim-mark-fg,#1a1a1a);
--_soft:var(--verbatim-soft,#f1f3f6);--_error:var(--verbatim-error,#b3261e);
display:block;color:var(--_fg);background:var(--_bg);padding:var(--verbatim-padding,.75em);border-radius:var(--verbatim-radius,6px);font:var(--verbatim-font,inherit);text-align:start;box-sizing:border-box}
@media (prefers-color-scheme:dark){:host{--_fg:var(--verbatim-fg,#eceff4);--_bg:var(--verbatim-bg,#17191d);--_muted:var(--verbatim-muted,#b4bac4);--_line:var(--verbatim-line,#7c838e);
--_accent:var(--verbatim-accent,#8ab4f8);--_on-accent:var(--verbatim-on-accent,#0b1a33);--_mark:var(--verbatim-mark,#6e5600);--_mark-fg:var(--verbatim-mark-fg,#fff);
--_soft:var(--verbatim-soft,#262a31);--_error:var(--verbatim-error,#ffb4ab)}}
:host([hidden]){display:none}
*,*::before,*::after{box-sizing:inherit}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
form{display:flex;gap:.5em;flex-wrap:wrap}
input,select,button{font:inherit;color:inherit}
input,select{background:var(--_bg);border:1px solid var(--_line);border-radius:var(--verbatim-radius,6px);padding:.45em .6em}
input[type=search]{flex:1 1 14em;min-width:0}
button{cursor:pointer;border-radius:var(--verbatim-radius,6px);border:1px solid var(--_accent);background:var(--_bg);color:var(--_accent);padding:.3em .7em}
button.primary{background:var(--_accent);color:var(--_on-accent)}
:focus-visible,.active{outline:3px solid var(--_accent);outline-offset:2px}
.chips{display:flex;flex-wrap:wrap;gap:.4em;margin:.6em 0 0;padding:0;list-style:none}
.chip{border-radius:999px;font-size:.9em}
.chip[aria-pressed=true]{background:var(--_accent);color:var(--_on-accent)}
.chip .n{opacity:.85;margin-inline-start:.35em;font-size:.9em}
.status{margin:.6em 0;color:var(--_muted);min-height:1.5em}
.error{color:var(--_error)}
.dym button,button.link{border:0;padding:0;text-decoration:underline;background:none}
.answer{margin:.3em 0;font-size:.92em}
.badge{display:inline-block;font-size:.8em;border:1px solid var(--_line);border-radius:999px;padding:0 .6em;color:var(--_muted)}
.also{font-size:.85em;color:var(--_muted)}.also summary{cursor:pointer;width:max-content}
ul[role=listbox]{list-style:none;margin:0;padding:0}
li[role=option]{padding:.7em .6em;border-bottom:1px solid var(--_soft);cursor:pointer;border-radius:var(--verbatim-radius,6px)}
li[role=option]:hover{background:var(--_soft)}
blockquote{margin:0 0 .3em;font-size:1.05em}
blockquote::before{content:open-quote}blockquote::after{content:close-quote}
blockquote{quotes:"\\201C" "\\201D" "\\2018" "\\2019"}blockquote:lang(fr){quotes:"\\00AB\\00A0" "\\00A0\\00BB" "\\201C" "\\201D"}
blockquote[data-kind=indirect]{font-style:italic}blockquote[data-kind=indirect]::before,blockquote[data-kind=indirect]::after{content:none}
mark{background:var(--_mark);color:var(--_mark-fg);border-radius:2px;padding:0 .1em}
.meta{color:var(--_muted);font-size:.88em}
.meta .who{color:var(--_fg);font-weight:600}
a{color:var(--_accent)}
.more{margin:.8em 0}
.layout{display:block}
:host([layout=page]) .layout{display:grid;grid-template-columns:minmax(12em,17em) 1fr;gap:1.5em;margin-top:1em}
:host([layout=page]) select.lang{display:none}
aside{display:none}
:host([layout=page]) aside{display:block}
aside h3{font-size:.95em;margin:1em 0 .3em}
aside .chips{margin:0}
.suggest{position:relative}
.suggest ul{position:absolute;z-index:2;left:0;right:0;margin:0;padding:0;list-style:none;background:var(--_bg);border:1px solid var(--_line);border-radius:var(--verbatim-radius,6px)}
.suggest li{padding:.3em .6em;cursor:pointer}
.suggest input{width:100%}
details.panel>summary{display:none;cursor:pointer;font-weight:600;padding:.4em 0}
.layout>*{min-width:0}
.tools input,.tools select,.suggest input{max-width:100%}
.tools label{display:block;margin:.3em 0}
.tools .hint{display:block;color:var(--_muted);font-size:.85em}
.tools input[type=date]{width:100%}
.tools select{width:100%}
.export a{margin-inline-end:.8em}
.syntax code{font:1em ui-monospace,monospace;background:var(--_soft);padding:.2em .4em;border-radius:4px;white-space:pre-wrap}
.syntax mark{outline:2px solid var(--_error);background:var(--_mark);color:var(--_mark-fg)}
@media (max-width:40em){:host([layout=page]) .layout{grid-template-columns:1fr;gap:.3em;margin-top:.5em}
details.panel>summary{display:list-item}
details.panel{border-bottom:1px solid var(--_soft)}}
`;

  /** Creates an element: h('button', {class: 'x', onclick: fn, 'aria-pressed': 'true'}, 'text', child). */
  function h(tag, attrs, ...children) {
    const el = root.document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v == null || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat()) if (c != null && c !== false) el.append(c instanceof root.Node ? c : String(c));
    return el;
  }

  let instances = 0;

  class VerbatimSearch extends root.HTMLElement {
    static get observedAttributes() {
      return ['endpoint', 'lang', 'placeholder', 'speaker', 'size'];
    }

    constructor() {
      super();
      this.uid = 'v' + ++instances;
      this.active = -1;
      this.shadow = this.attachShadow({ mode: 'open' });
    }

    get ui() {
      const own = this.getAttribute('lang') || (this.closest('[lang]') && this.closest('[lang]').getAttribute('lang'));
      return uiLang(own || root.document.documentElement.lang || root.navigator.language);
    }

    connectedCallback() {
      if (this.client) return;
      const page = this.getAttribute('layout') === 'page';
      const initial = {
        speakers: (this.getAttribute('speaker') || '').split('|').filter(Boolean),
        size: this.getAttribute('size'),
      };
      this.history = this.hasAttribute('history');
      const state = this.history ? queryToState(root.location.search, initial) : initial;
      this.client = createClient({ endpoint: this.endpoint(), state, browse: page });
      this.client.subscribe(() => this.render());
      this.typed = debounce(() => this.go(false), 220);
      this.build();
      this.client.search();
      if (this.history) {
        root.addEventListener('popstate', () => {
          this.client.state = queryToState(root.location.search, initial);
          this.input.value = this.client.state.q;
          this.client.search();
        });
      }
    }

    attributeChangedCallback(name) {
      if (!this.client) return;
      if (name === 'endpoint') this.client.endpoint = this.endpoint();
      if (name === 'size') this.client.state.size = normalizeState({ size: this.getAttribute('size') }).size;
      if (name === 'speaker') this.client.state.speakers = (this.getAttribute('speaker') || '').split('|').filter(Boolean);
      this.build();
      this.client.search();
    }

    endpoint() {
      const e = this.getAttribute('endpoint');
      return trimEndpoint(e == null ? DEFAULT_ENDPOINT : e);
    }

    /** Runs the search now; push records a history entry (a deliberate act), otherwise the entry is replaced. */
    go(push) {
      this.typed.cancel();
      this.active = -1;
      const q = this.input.value;
      // "search the words instead" was about the last query
      this.client.update(q === this.client.state.q ? { q } : { q, speakerMatch: true }).then(() => this.syncUrl(push));
    }

    filter(patch) {
      this.active = -1;
      this.client.update(patch);
      this.syncUrl(true);
    }

    syncUrl(push) {
      if (!this.history) return;
      const target = root.location.pathname + stateToQuery(this.client.state) + root.location.hash;
      if (target === root.location.pathname + root.location.search + root.location.hash) return;
      root.history[push ? 'pushState' : 'replaceState'](null, '', target);
    }

    build() {
      const L = this.ui;
      const id = (s) => this.uid + '-' + s;
      this.shadow.replaceChildren();
      this.input = h('input', {
        id: id('q'), part: 'input', type: 'search', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false',
        'aria-controls': id('list'), autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search',
        placeholder: this.getAttribute('placeholder') || t(L, 'placeholder'),
        oninput: () => this.typed(), onkeydown: (e) => this.onKey(e),
      });
      this.input.value = this.client.state.q;
      this.langSelect = h('select', { class: 'lang', part: 'lang', 'aria-label': t(L, 'language'), onchange: (e) => this.filter({ lang: e.target.value }) },
        h('option', { value: '' }, t(L, 'anyLanguage')), h('option', { value: 'en' }, t(L, 'lang_en')), h('option', { value: 'fr' }, t(L, 'lang_fr')));
      const form = h('form', { part: 'form', role: 'search', onsubmit: (e) => { e.preventDefault(); this.go(true); } },
        h('label', { class: 'vh', for: id('q') }, t(L, 'label')), this.input, this.langSelect,
        h('button', { class: 'primary', part: 'button', type: 'submit' }, t(L, 'submit')));
      this.chips = h('ul', { class: 'chips', part: 'chips', 'aria-label': t(L, 'speakerFilter') });
      this.status = h('div', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
      this.notice = h('div', { part: 'notice' });
      this.list = h('ul', { id: id('list'), role: 'listbox', part: 'results', 'aria-label': t(L, 'results') });
      this.moreBox = h('div', { class: 'more' });
      this.aside = h('aside', { part: 'sidebar', 'aria-label': t(L, 'filters') });
      const page = this.getAttribute('layout') === 'page';
      // Page layout: the filters sit beside the results on wide screens and fold into a panel on narrow ones,
      // so that on a phone the first result is in view without scrolling past them.
      this.panel = page ? h('details', { class: 'panel', part: 'panel' }, h('summary', null, t(L, 'showFilters')), this.aside) : this.aside;
      this.shadow.append(h('style', null, CSS), form,
        h('div', { class: 'layout' }, this.panel, h('div', { class: 'main' }, page ? null : this.chips, this.status, this.notice, this.list, this.moreBox)));
      if (page) {
        this.buildSidebar();
        this.followWidth();
      }
      this.render();
    }

    /** The filter panel: open on wide screens (its summary hidden), closed at first on narrow ones. */
    followWidth() {
      const wide = root.matchMedia ? root.matchMedia('(min-width: 40.01em)') : null;
      this.panel.open = !wide || wide.matches;
      if (wide && !this.widthWatched) {
        this.widthWatched = true;
        wide.addEventListener('change', () => { if (this.panel) this.panel.open = wide.matches; });
      }
    }

    /** The search options of the page layout: advanced syntax, sort, date range, export of the current query. */
    buildTools() {
      const L = this.ui;
      this.modeBox = h('input', { type: 'checkbox', part: 'advanced', onchange: (e) => this.filter({ mode: e.target.checked ? 'advanced' : 'simple' }) });
      this.sortSelect = h('select', { part: 'sort', onchange: (e) => this.filter({ sort: e.target.value }) },
        h('option', { value: 'relevance' }, t(L, 'sort_relevance')), h('option', { value: 'date' }, t(L, 'sort_date')));
      this.fromInput = h('input', { type: 'date', part: 'from', onchange: (e) => this.filter({ from: e.target.value }) });
      this.toInput = h('input', { type: 'date', part: 'to', onchange: (e) => this.filter({ to: e.target.value }) });
      this.csvLink = h('a', { part: 'export-csv', download: '' }, t(L, 'exportCsv'));
      this.jsonlLink = h('a', { part: 'export-jsonl', download: '' }, t(L, 'exportJsonl'));
      this.exportBox = h('div', { class: 'export', hidden: true }, h('h3', null, t(L, 'export')), h('p', null, this.csvLink, this.jsonlLink));
      return h('div', { class: 'tools', part: 'tools' },
        h('label', null, this.modeBox, ' ', t(L, 'advanced'), h('small', { class: 'hint' }, t(L, 'advancedHint'))),
        h('label', null, t(L, 'sort'), this.sortSelect),
        h('h3', null, t(L, 'dates')),
        h('label', null, t(L, 'from'), this.fromInput), h('label', null, t(L, 'to'), this.toInput));
    }

    /** The active filters in words, for the empty state ("speaker Éric Caire, French, 2023"). */
    describeFilters(state) {
      const L = this.ui;
      return activeFilters(state).map((f) => {
        if (f.key === 'speaker') return t(L, 'filterSpeaker', { v: f.value });
        if (f.key === 'lang' || f.key === 'kind') return t(L, f.key + '_' + f.value);
        if (f.key === 'from') return t(L, 'filterFrom', { v: formatDate(L, f.value) });
        if (f.key === 'to') return t(L, 'filterTo', { v: formatDate(L, f.value) });
        return f.value;
      }).join(', ');
    }

    /** The query with the character at a syntax error's position marked (a space marks the end). */
    syntaxExcerpt(q, position) {
      const at = Math.max(0, Math.min(q.length, position));
      const code = h('code', null, q.slice(0, at), h('mark', { part: 'syntax-error' }, q.slice(at, at + 1) || ' '), q.slice(at + 1));
      return h('p', { class: 'syntax' }, code);
    }

    buildSidebar() {
      const L = this.ui;
      const sid = this.uid + '-sugg';
      const box = h('ul', { id: sid, role: 'listbox', 'aria-label': t(L, 'speakers'), hidden: true });
      const find = h('input', {
        type: 'search', part: 'speaker-input', role: 'combobox', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': sid,
        'aria-label': t(L, 'speakerFind'), placeholder: t(L, 'speakerFind'), autocomplete: 'off',
      });
      let items = [], pick = -1, seq = 0;
      const show = () => {
        box.replaceChildren(...items.map((f, i) => h('li', { id: sid + '-' + i, role: 'option', 'aria-selected': String(i === pick), class: i === pick ? 'active' : null,
          title: f.here ? t(L, 'inResults') : null, onmousedown: (e) => { e.preventDefault(); choose(i); } },
          f.here ? h('strong', null, f.value) : f.value, h('span', { class: 'n' }, ' (' + f.count + ')'))));
        box.hidden = items.length === 0;
        find.setAttribute('aria-expanded', String(items.length > 0));
        if (pick >= 0) find.setAttribute('aria-activedescendant', sid + '-' + pick);
        else find.removeAttribute('aria-activedescendant');
      };
      const choose = (i) => {
        const v = items[i] && items[i].value;
        items = []; pick = -1; find.value = ''; show();
        if (v && !this.client.state.speakers.includes(v)) this.filter({ speakers: this.client.state.speakers.concat(v) });
      };
      const lookup = debounce(async () => {
        const my = ++seq;
        const prefix = find.value.trim();
        let list = [];
        if (prefix) {
          let wide = [];
          try {
            const res = await root.fetch(this.client.endpoint + '/api/speakers?prefix=' + encodeURIComponent(prefix), { headers: { Accept: 'application/json' } });
            const body = res.ok ? await res.json() : [];
            wide = Array.isArray(body) ? body : [];
          } catch (e) { wide = []; }
          list = suggestSpeakers(prefix, this.client.result.facets.speaker, wide, 8);
        }
        if (my !== seq) return;
        items = list; pick = -1; show();
      }, 150);
      find.addEventListener('input', lookup);
      find.addEventListener('blur', () => { items = []; show(); });
      find.addEventListener('keydown', (e) => {
        if (e.key === 'ArrowDown' && items.length) { pick = Math.min(pick + 1, items.length - 1); show(); e.preventDefault(); }
        else if (e.key === 'ArrowUp' && items.length) { pick = Math.max(pick - 1, -1); show(); e.preventDefault(); }
        else if (e.key === 'Enter') { e.preventDefault(); if (pick >= 0) choose(pick); else if (items.length === 1) choose(0); }
        else if (e.key === 'Escape') { items = []; pick = -1; show(); }
      });
      this.facetBoxes = {};
      const section = (name, label) => {
        const ul = h('ul', { class: 'chips', part: 'facet', 'aria-label': label });
        this.facetBoxes[name] = ul;
        return h('div', { hidden: true }, h('h3', null, label), ul);
      };
      this.clearBtn = h('button', { type: 'button', part: 'clear', onclick: () => this.filter({ speakers: [], lang: '', outlet: '', kind: '', year: '', from: '', to: '' }) }, t(L, 'clear'));
      this.aside.append(this.buildTools(), h('h3', null, t(L, 'speakers')), h('div', { class: 'suggest' }, find, box), this.chips,
        section('lang', t(L, 'language')), section('outlet', t(L, 'outlet')), section('year', t(L, 'year')), section('kind', t(L, 'kind')),
        h('p', null, this.clearBtn), this.exportBox);
    }

    /** Re-renders a list and gives focus back to the element with the same data-key, if it had it. */
    refill(container, children) {
      const focused = this.shadow.activeElement;
      const key = focused && container.contains(focused) ? focused.getAttribute('data-key') : null;
      container.replaceChildren(...children);
      if (key != null) {
        const again = [...container.querySelectorAll('[data-key]')].find((el) => el.getAttribute('data-key') === key);
        if (again) again.focus();
      }
    }

    chip(key, label, count, pressed, onclick) {
      return h('li', null, h('button', { type: 'button', class: 'chip', part: pressed ? 'chip chip-selected' : 'chip', 'data-key': key, 'aria-pressed': String(pressed), onclick },
        label, count == null ? null : h('span', { class: 'n', 'aria-hidden': 'true' }, String(count))));
    }

    render() {
      if (!this.list) return;
      const L = this.ui;
      const { state, result } = this.client;
      // Speaker chips: the facet's values (counted sideways by the service) plus any selected one it lacks.
      const facet = result.facets.speaker || [];
      const shown = facet.slice(0, 12);
      for (const s of state.speakers) if (!shown.some((f) => f.value === s)) shown.unshift({ value: s, count: null });
      this.refill(this.chips, shown.map((f) => this.chip(f.value, f.value, f.count, state.speakers.includes(f.value), () => this.filter({ speakers: toggle(state.speakers, f.value) }))));
      this.langSelect.value = state.lang;
      if (this.facetBoxes) {
        for (const name of ['lang', 'outlet', 'year', 'kind']) {
          const values = (result.facets[name] || []).slice();
          if (state[name] && !values.some((f) => f.value === state[name])) values.unshift({ value: state[name], count: null });
          if (name === 'year') values.sort((a, b) => b.value.localeCompare(a.value));
          const label = (v) => (name === 'lang' || name === 'kind' ? t(L, name + '_' + v) : v);
          this.refill(this.facetBoxes[name], values.slice(0, 15).map((f) => this.chip(f.value, label(f.value), f.count, state[name] === f.value,
            () => this.filter({ [name]: state[name] === f.value ? '' : f.value }))));
          this.facetBoxes[name].parentNode.hidden = values.length === 0;
        }
      }
      // Status line (the live region): count, loading, empty or error.
      let status = '', cls = 'status';
      if (result.status === 'loading') status = t(L, 'searching');
      else if (result.status === 'error') {
        cls += ' error';
        const pos = result.error.details && Number.isInteger(result.error.details.position) ? result.error.details.position : null;
        if (result.error.code === 'ambiguous_speaker') status = t(L, 'ambiguous', { v: result.error.details.value || '' });
        else if (result.error.code === 'query_syntax') status = pos == null ? t(L, 'syntaxShort', { message: result.error.message }) : t(L, 'syntax', { pos: pos + 1, message: result.error.message });
        else status = result.error.code === 'unavailable' || result.error.code === 'bad_response' ? t(L, 'unavailable') : t(L, 'failed', { message: result.error.message });
      } else if (result.status === 'ready' || result.status === 'loading-more') {
        const filters = this.describeFilters(state);
        const q = state.q.trim();
        if (result.total === 0 && filters) status = q ? t(L, 'noneWith', { q, filters }) : t(L, 'noneFilteredWith', { filters });
        else if (result.total === 0) status = q ? t(L, 'none', { q }) : t(L, 'noneFiltered');
        else status = countLine(L, result.total, result.totalExact, result.distinct);
      } else status = t(L, 'hint');
      this.status.className = cls;
      this.status.textContent = status;
      this.list.setAttribute('aria-busy', String(result.status === 'loading'));
      // Notices: did you mean, partial, retry.
      const notes = [];
      if (result.didYouMean) {
        notes.push(h('p', { class: 'dym', part: 'did-you-mean' }, t(L, 'didYouMean') + ' ',
          h('button', { type: 'button', 'data-key': 'dym', onclick: () => { this.input.value = result.didYouMean; this.go(true); } }, result.didYouMean), t(L, 'didYouMeanEnd')));
      }
      if (result.status === 'error' && result.error.code === 'query_syntax' && result.error.details && Number.isInteger(result.error.details.position)) {
        notes.push(this.syntaxExcerpt(state.q, result.error.details.position));
      }
      if (result.partial) notes.push(h('p', null, t(L, 'partial')));
      notes.push(...this.answerNotes(state, result));
      if (result.status === 'error' && !/^(query_syntax|ambiguous_speaker)$/.test(result.error.code)) notes.push(h('p', null, h('button', { type: 'button', 'data-key': 'retry', onclick: () => this.client.search() }, t(L, 'retry'))));
      this.refill(this.notice, notes);
      // Results.
      if (result.status !== 'loading') {
        this.list.replaceChildren(...result.hits.map((hit, i) => this.renderHit(hit, i)));
        if (this.active >= result.hits.length) this.active = -1;
      }
      this.highlightActive();
      this.refill(this.moreBox, result.cursor && result.status !== 'error'
        ? [h('button', { type: 'button', part: 'more', 'data-key': 'more', disabled: result.status === 'loading-more', onclick: () => this.client.more() }, t(L, 'more'))]
        : []);
      if (this.clearBtn) this.clearBtn.hidden = activeFilters(state).length === 0;
      if (this.modeBox) {
        this.modeBox.checked = state.mode === 'advanced';
        this.sortSelect.value = state.sort;
        this.fromInput.value = state.from;
        this.toInput.value = state.to;
        this.exportBox.hidden = !hasQuery(state);
        this.csvLink.href = exportUrl(this.client.endpoint, state, 'csv');
        this.jsonlLink.href = exportUrl(this.client.endpoint, state, 'jsonl');
      }
    }

    /** What the service made of the query, each with its way back; an ambiguous speaker's candidates. */
    answerNotes(state, result) {
      const L = this.ui;
      const out = [];
      const link = (key, label, patch) => h('button', { type: 'button', class: 'link', 'data-key': key, onclick: () => this.filter(patch) }, label);
      const line = (part, text, button) => h('p', { class: 'answer', part }, text, button ? [' · ', button] : null);
      const err = result.status === 'error' ? result.error : null;
      if (err && err.code === 'ambiguous_speaker') {
        const d = err.details;
        out.push(h('ul', { class: 'chips', part: 'candidates' }, (Array.isArray(d.candidates) ? d.candidates : []).filter((c) => c && c.name)
          .map((c) => this.chip('cand:' + c.name, c.name, c.count, false, () => this.filter({ speakers: pickSpeaker(state.speakers, d.value, c.name) })))));
      }
      if (result.status !== 'ready' && result.status !== 'loading-more') return out;
      if (result.queryMode === 'advanced') out.push(h('span', { class: 'badge', part: 'mode-badge' }, t(L, 'advancedBadge')));
      const sm = result.speakerMatch;
      if (sm) out.push(line('speaker-match', t(L, 'speakerFirst', { name: sm.name, n: sm.count }), link('words', t(L, 'wordsInstead'), { speakerMatch: false })));
      else if (!state.speakerMatch && state.q.trim()) out.push(line('speaker-match', t(L, 'wordsOnly'), link('speaker', t(L, 'speakerBack'), { speakerMatch: true })));
      if (!state.collapse) out.push(line('copies', t(L, 'everyCopyOn'), link('once', t(L, 'onceEach'), { collapse: true })));
      for (const n of result.notices) out.push(h('p', { class: 'answer', part: 'query-notice' }, n));
      return out;
    }

    renderHit(hit, i) {
      const L = this.ui;
      const quote = h('blockquote', { part: 'quote', 'data-kind': hit.kind, lang: hit.article && hit.article.language ? hit.article.language : null });
      for (const seg of segments(hit.text, hit.highlights)) quote.append(seg.mark ? h('mark', { part: 'highlight' }, seg.text) : seg.text);
      const meta = h('div', { class: 'meta', part: 'meta' });
      const sp = hit.speaker;
      meta.append(h('span', { class: 'who', part: 'speaker' }, sp && sp.name ? sp.name : t(L, 'unknownSpeaker')));
      if (sp && sp.role) meta.append(', ', h('span', { part: 'role' }, sp.role));
      const a = hit.article || {};
      if (a.outlet) meta.append(' · ', h('span', { part: 'outlet' }, a.outlet));
      if (a.date) meta.append(' · ', h('time', { datetime: a.date, title: a.dateInferred ? t(L, 'dateInferred') : null }, formatDate(L, a.date)));
      let href = null;
      if (a.id) href = this.client.endpoint + '/article/' + encodeURIComponent(a.id) + (hit.id ? '#' + encodeURIComponent(hit.id) : '');
      else if (/^https?:\/\//i.test(a.url || '')) href = a.url;
      if (href) meta.append(' · ', h('a', { href, part: 'link', tabindex: '-1' }, a.title || t(L, 'article')));
      return h('li', { id: this.uid + '-o' + i, role: 'option', part: 'result', 'aria-selected': 'false', 'data-href': href,
        onclick: (e) => { if (!e.target.closest('a,details,button') && href) root.location.assign(href); } }, quote, meta, this.copies(hit.alsoIn));
    }

    copies(also) {
      if (!also) return null;
      const L = this.ui;
      const art = (id) => h('li', null, h('a', { href: this.client.endpoint + '/article/' + encodeURIComponent(id), tabindex: '-1' }, id));
      return h('details', { class: 'also', part: 'also-in' }, h('summary', null, plural(L, 'alsoIn', also.count)),
        h('ul', null, also.articles.map(art)),
        h('button', { type: 'button', class: 'link', part: 'every-copy', onclick: () => this.filter({ collapse: false }) }, t(L, 'everyCopy')));
    }

    highlightActive() {
      const options = this.list.children;
      for (let i = 0; i < options.length; i++) {
        const on = i === this.active;
        options[i].setAttribute('aria-selected', String(on));
        options[i].classList.toggle('active', on);
        if (on) options[i].scrollIntoView({ block: 'nearest' });
      }
      this.input.setAttribute('aria-expanded', String(options.length > 0));
      if (this.active >= 0) this.input.setAttribute('aria-activedescendant', options[this.active].id);
      else this.input.removeAttribute('aria-activedescendant');
    }

    onKey(e) {
      const n = this.list.children.length;
      if (e.key === 'ArrowDown' && n) {
        this.active = Math.min(this.active + 1, n - 1);
      } else if (e.key === 'ArrowUp' && n) {
        this.active = Math.max(this.active - 1, -1);
      } else if (e.key === 'Enter' && this.active >= 0) {
        const href = this.list.children[this.active].getAttribute('data-href');
        if (href) root.location.assign(href);
      } else if (e.key === 'Escape') {
        if (this.active >= 0) this.active = -1;
        else if (this.input.value) { this.input.value = ''; this.go(true); }
        else return;
      } else return;
      e.preventDefault();
      this.highlightActive();
    }
  }

  function toggle(list, v) {
    return list.includes(v) ? list.filter((x) => x !== v) : list.concat(v);
  }

  root.customElements.define('verbatim-search', VerbatimSearch);
})(typeof window !== 'undefined' ? window : globalThis);
