/*
 * The article page (/article/{id}): the article from GET /api/articles/{id} with its quotes marked in the text
 * and their speakers, the list of quotes, and the related stubs. Text is only ever set as text nodes.
 */
(function () {
  'use strict';
  const V = window.Verbatim;
  const main = document.getElementById('article');
  const ui = V.uiLang(navigator.language);
  document.documentElement.lang = ui;
  document.getElementById('back').textContent = V.t(ui, 'back');

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v != null && v !== false) el.setAttribute(k, String(v));
    for (const c of children.flat()) if (c != null && c !== false) el.append(c);
    return el;
  }

  /**
   * The quotes to mark inside one paragraph, as [{start, end, quote}] local to the paragraph: by offsets into
   * the article text when the paragraph has them, else by finding the quote text in the paragraph.
   * Overlapping quotes are not nested: the first one wins (all of them are still listed below the text).
   */
  function marksFor(p, index, quotes) {
    const marks = [];
    for (const q of quotes) {
      let s = -1, e = -1;
      if (p.start >= 0 && q.start >= p.start && q.end <= p.end) { s = q.start - p.start; e = q.end - p.start; }
      else if (q.paragraph === index && q.text) { s = p.text.indexOf(q.text); e = s < 0 ? -1 : s + q.text.length; }
      if (s >= 0 && e > s && e <= p.text.length) marks.push({ start: s, end: e, quote: q });
    }
    marks.sort((a, b) => a.start - b.start);
    const kept = [];
    for (const m of marks) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
    return kept;
  }

  function paragraph(p, index, quotes) {
    const el = h('p');
    let pos = 0;
    for (const m of marksFor(p, index, quotes)) {
      el.append(p.text.slice(pos, m.start));
      const who = m.quote.speaker && m.quote.speaker.name;
      el.append(h('mark', { class: 'q', id: m.quote.id, title: who ? V.t(ui, 'saidBy', { name: who }) : null },
        p.text.slice(m.start, m.end), who ? h('span', { class: 'who' }, '— ' + who) : null));
      pos = m.end;
    }
    el.append(p.text.slice(pos));
    return el;
  }

  /** A quotation in the typography of its language: «\u00A0…\u00A0» in French, “…” in English. */
  function quoted(text, lang) {
    return V.uiLang(lang) === 'fr' ? '«\u00A0' + text + '\u00A0»' : '“' + text + '”';
  }

  function render(a) {
    document.title = 'Verbatim — ' + (a.title || a.id);
    const date = a.date ? V.formatDate(ui, a.date) + (a.dateInferred ? ' (' + V.t(ui, 'dateInferred') + ')' : '') : null;
    const meta = [a.outlet, date, a.author].filter(Boolean).join(' · ');
    const quotes = Array.isArray(a.quotes) ? a.quotes : [];
    const paragraphs = Array.isArray(a.paragraphs) ? a.paragraphs : [];
    const art = h('article', { lang: a.language || null },
      h('h2', null, a.title || a.id),
      h('p', { class: 'meta' }, meta, a.url && /^https?:\/\//i.test(a.url) ? [' · ', h('a', { href: a.url, rel: 'noopener' }, V.t(ui, 'source'))] : null),
      paragraphs.map((p, i) => paragraph({ start: p.start, end: p.end, text: String(p.text || '') }, i, quotes)));
    const list = h('ol', { class: 'quotes' }, quotes.map((q) => h('li', null,
      h('a', { href: '#' + encodeURIComponent(q.id), lang: q.language || a.language || null }, quoted(q.text, q.language || a.language)), ' ',
      h('span', { class: 'meta' }, (q.speaker && q.speaker.name ? q.speaker.name + (q.speaker.role ? ', ' + q.speaker.role : '') : V.t(ui, 'unknownSpeaker'))
        + (q.kind ? ' · ' + V.t(ui, 'kind_' + q.kind) : '')))));
    const related = Array.isArray(a.related) && a.related.length
      ? [h('h3', null, V.t(ui, 'relatedHere')), h('ul', null, a.related.map((r) => h('li', null,
          r.url && /^https?:\/\//i.test(r.url) ? h('a', { href: r.url, rel: 'noopener' }, r.title) : r.title)))]
      : [];
    main.replaceChildren(art, h('section', { 'aria-label': V.t(ui, 'quotesHere') }, h('h3', null, V.t(ui, 'quotesHere') + ' (' + quotes.length + ')'), list), ...related);
    showTarget();
  }

  /** Highlights and scrolls to the quote named in the URL fragment (ids contain '#', so they arrive encoded). */
  function showTarget() {
    document.querySelectorAll('.q.current').forEach((el) => el.classList.remove('current'));
    if (!location.hash) return;
    let id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { /* keep it raw */ }
    const el = document.getElementById(id);
    if (el) { el.classList.add('current'); el.scrollIntoView({ block: 'center' }); }
  }

  async function load() {
    const m = /\/article\/([^/]+)\/?$/.exec(location.pathname);
    const id = m ? decodeURIComponent(m[1]) : new URLSearchParams(location.search).get('id');
    if (!id) { main.replaceChildren(h('p', { class: 'error' }, V.t(ui, 'notFound'))); return; }
    main.replaceChildren(h('p', null, V.t(ui, 'loadingArticle')));
    try {
      const res = await fetch('/api/articles/' + encodeURIComponent(id), { headers: { Accept: 'application/json' } });
      if (res.status === 404) { main.replaceChildren(h('p', { class: 'error' }, V.t(ui, 'notFound'))); return; }
      if (!res.ok) throw new Error('HTTP ' + res.status);
      render(await res.json());
    } catch (e) {
      main.replaceChildren(h('p', { class: 'error' }, V.t(ui, 'unavailable')));
    }
  }

  window.addEventListener('hashchange', showTarget);
  load();
})();
