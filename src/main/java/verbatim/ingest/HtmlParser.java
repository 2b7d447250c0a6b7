package verbatim.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import verbatim.text.Folding;
import verbatim.text.LanguageDetector;

/**
 * Parses a news web page with jsoup: title (og:title, &lt;title&gt;, h1), body paragraphs (&lt;article&gt; p,
 * else body p, without nav/header/footer/aside/script/form), subheadings (h2–h4 among them), date and author
 * from the usual meta tags, outlet (og:site_name), url (canonical, og:url), related links ("Read also" /
 * "Lire aussi" paragraphs and related sections), photo credits. {@code Article.text} is the title, a blank
 * line, then the paragraphs joined by blank lines; offsets index into it.
 */
public final class HtmlParser {
  private static final String RELATED_SECTIONS =
      "[class~=(?i)related|lire-aussi|read-also|voir-aussi], [id~=(?i)related|lire-aussi|read-also]";
  /** Never dropped as a "related" section even when a class name says so. */
  private static final String CONTAINERS = "html, body, main, article";

  private final LanguageDetector detector;

  public HtmlParser(LanguageDetector detector) {
    this.detector = detector;
  }

  public Article parse(String html, String source) {
    Document doc = Jsoup.parse(html);
    Meta meta = meta(doc);
    if (meta.url() != null) doc.setBaseUri(meta.url());
    Stubs stubs = new Stubs(new ArrayList<>(), new LinkedHashSet<>());
    relatedSections(doc, stubs);
    List<String> credits = credits(doc);
    doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, figure").remove();
    for (Element section : doc.select(RELATED_SECTIONS)) if (!section.is(CONTAINERS)) section.remove();
    Body body = body(doc, meta.title(), stubs, credits);
    String titleText = meta.title() == null ? "" : meta.title();
    StringBuilder sb = new StringBuilder(titleText);
    List<Paragraph> paragraphs = new ArrayList<>(body.paragraphs().size());
    for (String b : body.paragraphs()) {
      if (!sb.isEmpty()) sb.append("\n\n");
      int start = sb.length();
      sb.append(b);
      paragraphs.add(new Paragraph(start, sb.length(), b));
    }
    String text = sb.toString();
    String id = meta.url() != null ? IdGenerator.fromUrl(meta.url()) : IdGenerator.fromContent(text);
    String language = JsonLinesReader.validLanguage(first(doc.select("html").attr("lang"), meta(doc, "meta[property=og:locale]", "content")));
    if (language == null) language = detector.detect(text);
    return new Article(id, source, text, titleText, paragraphs, body.subheadings(), credits, stubs.list(),
        body.boilerplate(), meta.outlet(), meta.url(), DateParser.parse(meta.date()), meta.author(), language);
  }

  /** What the page's head and markup say about the article (null where nothing does). */
  private record Meta(String url, String title, String outlet, String date, String author) {}

  /** Related stubs found so far, and the links already taken (one stub per link). */
  private record Stubs(List<RelatedStub> list, Set<String> seen) {}

  /** The body's paragraphs (as text), subheadings, and the boilerplate around them. */
  private record Body(List<String> paragraphs, List<String> subheadings, List<String> boilerplate) {}

  private static Meta meta(Document doc) {
    String url = first(meta(doc, "link[rel=canonical]", "href"), meta(doc, "meta[property=og:url]", "content"));
    String title = first(meta(doc, "meta[property=og:title]", "content"), meta(doc, "meta[name=twitter:title]", "content"),
        doc.title().isBlank() ? null : doc.title().strip(), textOf(doc.selectFirst("h1")));
    String outlet = meta(doc, "meta[property=og:site_name]", "content");
    String date = first(meta(doc, "meta[property=article:published_time]", "content"),
        meta(doc, "meta[name=article:published_time]", "content"),
        meta(doc, "meta[itemprop=datePublished]", "content"), meta(doc, "meta[name=date]", "content"),
        meta(doc, "meta[name=pubdate]", "content"), meta(doc, "meta[name=publish-date]", "content"),
        meta(doc, "meta[property=og:published_time]", "content"), meta(doc, "meta[name=dc.date]", "content"),
        meta(doc, "time[datetime]", "datetime"), jsonLdDate(doc));
    String author = first(meta(doc, "meta[name=author]", "content"), notUrl(meta(doc, "meta[property=article:author]", "content")),
        textOf(doc.selectFirst("[rel=author]")), textOf(doc.selectFirst("[itemprop=author]")));
    return new Meta(url, title, outlet, date, author);
  }

  /** Related sections: class or id says so, or a heading says "Read also" / "Lire aussi" (its list is removed). */
  private static void relatedSections(Document doc, Stubs stubs) {
    for (Element section : doc.select(RELATED_SECTIONS)) {
      if (section.is(CONTAINERS)) continue;
      for (Element a : section.select("a[href]")) addStub(a.text(), a.absUrl("href"), stubs.list(), stubs.seen());
    }
    for (Element h : doc.select("h2, h3, h4, h5, strong, p")) {
      String label = Folding.fold(h.text().strip());
      if (!isRelatedHeading(label)) continue;
      Element list = h.nextElementSibling();
      if (list != null && (list.tagName().equals("ul") || list.tagName().equals("ol"))) {
        for (Element a : list.select("a[href]")) addStub(a.text(), a.absUrl("href"), stubs.list(), stubs.seen());
        list.remove();
      }
    }
  }

  private static List<String> credits(Document doc) {
    List<String> credits = new ArrayList<>();
    for (Element c : doc.select("figcaption, .credit, .photo-credit, [class~=(?i)credit]")) {
      String t = c.text().strip();
      if (!t.isEmpty() && (LineClassifier.isCredit(t) || c.is(".credit, .photo-credit, [class~=(?i)credit]")) && !credits.contains(t)) {
        credits.add(t);
      }
    }
    return credits;
  }

  /**
   * The article's blocks (inside &lt;article&gt; when it holds paragraphs, else the body) sorted into paragraphs,
   * subheadings, stubs, credits and boilerplate.
   */
  private static Body body(Document doc, String title, Stubs stubs, List<String> credits) {
    Element root = doc.selectFirst("article");
    if (root == null || root.select("p").isEmpty()) root = doc.body();
    List<String> subheadings = new ArrayList<>();
    List<String> boilerplate = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    List<Element> blocks = root == null ? List.of() : root.select("p, h2, h3, h4");
    if (root != null && blocks.stream().noneMatch(e -> e.tagName().equals("p"))) blocks = looseBlocks(root);
    for (Element e : blocks) {
      if (!e.tagName().equals("p") && e.tagName().startsWith("h")) {
        String t = e.text().strip();
        if (t.isEmpty() || t.equals(title) || isRelatedHeading(Folding.fold(t))) continue;
        if (LineClassifier.isBoilerplate(t)) boilerplate.add(t);
        else subheadings.add(t);
        continue;
      }
      for (String t : lines(e)) {
        int stub = LineClassifier.stubTitleStart(t, 0, t.length());
        if (stub >= 0) {
          Element a = e.selectFirst("a[href]");
          addStub(t.substring(stub), a == null ? null : a.absUrl("href"), stubs.list(), stubs.seen());
        } else if (LineClassifier.isCredit(t)) {
          if (!credits.contains(t)) credits.add(t);
        } else if (LineClassifier.isSourceSite(t)) {
          boilerplate.add(t);
        } else {
          bodies.add(t);
        }
      }
    }
    // Tip-line prompts and footers trail the article; in the middle such words belong to the story.
    int keep = bodies.size();
    while (keep > 0 && LineClassifier.isBoilerplate(bodies.get(keep - 1))) keep--;
    boilerplate.addAll(bodies.subList(keep, bodies.size()));
    return new Body(List.copyOf(bodies.subList(0, keep)), subheadings, boilerplate);
  }

  private static final String BLOCK_TAGS = "div, li, blockquote, td, dd, pre, section, main, body, article, h2, h3, h4";

  /**
   * For pages without &lt;p&gt;: the innermost block elements that hold text (and headings), each split at
   * &lt;br&gt; line breaks by {@link #lines}.
   */
  private static List<Element> looseBlocks(Element root) {
    List<Element> out = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (!e.is(BLOCK_TAGS) || e.text().isBlank()) continue;
      boolean innermost = true;
      for (Element child : e.children()) {
        if (child.is(BLOCK_TAGS) || !child.select(BLOCK_TAGS).isEmpty()) {
          innermost = false;
          break;
        }
      }
      if (innermost) out.add(e);
    }
    return out;
  }

  /** The text of a block as lines: split at &lt;br&gt;, whitespace collapsed, blank lines dropped. */
  private static List<String> lines(Element e) {
    if (e.selectFirst("br") == null) {
      String t = e.text().strip();
      return t.isEmpty() ? List.of() : List.of(t);
    }
    Element copy = e.clone();
    for (Element br : copy.select("br")) br.replaceWith(new TextNode("\n"));
    List<String> out = new ArrayList<>();
    for (String line : copy.wholeText().split("\n")) {
      String t = line.replaceAll("\\s+", " ").strip();
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }

  private static boolean isRelatedHeading(String folded) {
    String f = folded.endsWith(":") ? folded.substring(0, folded.length() - 1).strip() : folded;
    return f.equals("read also") || f.equals("also read") || f.equals("related") || f.equals("related stories")
        || f.equals("related articles") || f.equals("see also") || f.equals("lire aussi") || f.equals("a lire aussi")
        || f.equals("a lire egalement") || f.equals("voir aussi") || f.equals("a voir aussi") || f.equals("sur le meme sujet");
  }

  private static void addStub(String title, String url, List<RelatedStub> out, Set<String> seen) {
    String t = title == null ? "" : title.strip();
    if (t.isEmpty() || !seen.add(t.toLowerCase(Locale.ROOT))) return;
    out.add(new RelatedStub(t, url == null || url.isBlank() ? null : url, -1, -1));
  }

  private static String meta(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    if (e == null) return null;
    String v = e.attr(attr).strip();
    return v.isEmpty() ? null : v;
  }

  private static final java.util.regex.Pattern JSON_LD_DATE =
      java.util.regex.Pattern.compile("\"date(?:Published|Created)\"\\s*:\\s*\"([^\"]{4,40})\"");

  /** datePublished (else dateCreated) from schema.org JSON-LD, which many news sites carry instead of meta tags. */
  private static String jsonLdDate(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      java.util.regex.Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find()) return m.group(1);
    }
    return null;
  }

  private static String textOf(Element e) {
    if (e == null) return null;
    String t = e.text().strip();
    return t.isEmpty() ? null : t;
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
  }

  private static String first(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

}
