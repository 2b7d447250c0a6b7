package verbatim.extract.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Figures of one scoring run at one overlap threshold, as {@code score_quotes.py} prints them.
 *
 * @param theta         minimal share of the gold span a prediction must cover (0.3 lenient, 0.8 strict)
 * @param tp            matched gold quotes that count
 * @param fp            predictions matched to nothing (or not locatable)
 * @param fn            gold quotes that count and were missed
 * @param speakerOk     matched quotes whose speaker is right
 * @param recallByKind  gold kind → {matched, missed} counts, in order of first appearance
 */
public record Score(double theta, int tp, int fp, int fn, int speakerOk, Map<String, int[]> recallByKind) {

  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision(), r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Share of matched quotes whose speaker is right (0 when nothing matched). */
  public double speakerAccuracy() {
    return tp == 0 ? 0.0 : (double) speakerOk / tp;
  }

  /** F1 where a quote counts only if its speaker is right too. */
  public double attributedF1() {
    double p = tp + fp == 0 ? 0.0 : (double) speakerOk / (tp + fp);
    double r = tp + fn == 0 ? 0.0 : (double) speakerOk / (tp + fn);
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** Recall on one gold kind, or null when the kind has no counted quote. */
  public Double recallOf(String kind) {
    int[] v = recallByKind.get(kind);
    if (v == null || v[0] + v[1] == 0) return null;
    return (double) v[0] / (v[0] + v[1]);
  }

  /** Python's {@code round(x, 4)}: half-even on the exact binary value. */
  public static double round4(double x) {
    return new BigDecimal(x).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** The line {@code score_quotes.py} prints for this score, byte for byte. */
  public String toPythonJson() {
    StringBuilder sb = new StringBuilder();
    sb.append("{\"theta\": ").append(py(theta))
        .append(", \"tp\": ").append(tp).append(", \"fp\": ").append(fp).append(", \"fn\": ").append(fn)
        .append(", \"P\": ").append(py(round4(precision())))
        .append(", \"R\": ").append(py(round4(recall())))
        .append(", \"F1\": ").append(py(round4(f1())))
        .append(", \"speaker_acc\": ").append(py(round4(speakerAccuracy())))
        .append(", \"attributed_F1\": ").append(py(round4(attributedF1())))
        .append(", \"recall_by_kind\": {");
    boolean first = true;
    for (String k : recallByKind.keySet()) {
      if (!first) sb.append(", ");
      first = false;
      Double r = recallOf(k);
      sb.append('"').append(k).append("\": ").append(r == null ? "null" : py(round4(r)));
    }
    return sb.append("}}").toString();
  }

  /** A double as Python's repr writes it (shortest round-trip digits; "1.0", "0.8234", "1e-05"). */
  static String py(double x) {
    if (x == 0) return "0.0";
    String s = Double.toString(x);
    int e = s.indexOf('E');
    if (e < 0) return s;
    int exp = Integer.parseInt(s.substring(e + 1));
    String mantissa = s.substring(0, e);
    if (exp >= -4 && exp < 16) return new BigDecimal(mantissa).scaleByPowerOfTen(exp).stripTrailingZeros().toPlainString();
    if (mantissa.endsWith(".0")) mantissa = mantissa.substring(0, mantissa.length() - 2);
    return mantissa + (exp < 0 ? "e-" : "e+") + String.format(Locale.ROOT, "%02d", Math.abs(exp));
  }
}
