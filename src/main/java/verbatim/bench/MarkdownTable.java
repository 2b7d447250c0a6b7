package verbatim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A GitHub-flavoured Markdown table: a header row, then rows of cells. Columns flagged numeric are
 * right-aligned. Pipes and line breaks inside cells are escaped so a cell can never break the table.
 */
public final class MarkdownTable {
  private final List<String> header;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  /** @param header column titles; a title starting with '>' marks a right-aligned (numeric) column, '>' dropped */
  public MarkdownTable(String... header) {
    if (header.length == 0) throw new IllegalArgumentException("a table needs at least one column");
    this.header = new ArrayList<>();
    this.numeric = new boolean[header.length];
    for (int i = 0; i < header.length; i++) {
      boolean right = header[i].startsWith(">");
      numeric[i] = right;
      this.header.add(right ? header[i].substring(1) : header[i]);
    }
  }

  /** Adds a row; it must have exactly as many cells as the header. Null cells render empty. */
  public MarkdownTable row(Object... cells) {
    if (cells.length != header.size())
      throw new IllegalArgumentException("row has " + cells.length + " cells, the table has " + header.size() + " columns");
    List<String> r = new ArrayList<>(cells.length);
    for (Object c : cells) r.add(c == null ? "" : c.toString());
    rows.add(r);
    return this;
  }

  public int size() {
    return rows.size();
  }

  public String render() {
    StringBuilder sb = new StringBuilder();
    line(sb, header);
    sb.append('|');
    for (boolean right : numeric) sb.append(right ? "---:|" : "---|");
    sb.append('\n');
    for (List<String> r : rows) line(sb, r);
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells) {
    sb.append('|');
    for (String c : cells) sb.append(' ').append(escape(c)).append(" |");
    sb.append('\n');
  }

  static String escape(String cell) {
    return cell.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
  }

  /** A number with {@code decimals} digits after the point, thousands separated by commas; "n/a" for NaN/null. */
  public static String num(Double v, int decimals) {
    if (v == null || v.isNaN() || v.isInfinite()) return "n/a";
    return String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  /** Verbatim / peer as "0.42×"; "n/a" when either side is missing or the peer is zero. */
  public static String ratio(Double ours, Double peer) {
    if (ours == null || peer == null || ours.isNaN() || peer.isNaN() || peer == 0) return "n/a";
    double r = ours / peer;
    return String.format(Locale.ROOT, r >= 10 ? "%.0f×" : r >= 1 ? "%.2f×" : "%.3f×", r);
  }
}
