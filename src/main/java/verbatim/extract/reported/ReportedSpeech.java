package verbatim.extract.reported;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The pipeline of reported speech over one text: tokens and sentences once; paragraphs that are links or captions
 * skipped, embedded posts and pull quotes read whole; each other sentence read by the English or French cue rules;
 * then what quotes in marks have taken left out. Linear in the text: every rule looks a bounded number of tokens
 * around a cue.
 */
public final class ReportedSpeech {
  private final EmbeddedPost posts;

  /** @param nameParticles lower-case words that may sit inside a person's name ("de", "van") */
  public ReportedSpeech(Set<String> nameParticles) {
    this.posts = new EmbeddedPost(nameParticles);
  }

  /**
   * @param taken [start, end) spans already covered by quotes in quote marks, sorted and checked by the caller
   * @return reported speech in text order, non-overlapping
   */
  public List<ReportedSpan> find(String text, boolean french, List<int[]> taken) {
    SentenceTokens tk = new SentenceTokens(text, french);
    List<ReportedSpan> found = new ArrayList<>();
    boolean[] skip = paragraphs(tk, found);
    int s = 0;
    for (int e : tk.sentenceEnds) {
      if (e > s && (skip == null || !skip[s])) {
        Sentence sentence = new Sentence(tk, s, e, found);
        if (french) FrenchSentence.scan(sentence);
        else EnglishSentence.scan(sentence);
      }
      s = e;
    }
    return TakenFilter.keep(found, taken);
  }

  /**
   * Reads each paragraph's shape: the tokens of a link to another story or of a photo caption are flagged to skip
   * (null when none is); an embedded post or a pull quote is its named source's words, added to {@code found}.
   */
  private boolean[] paragraphs(SentenceTokens tk, List<ReportedSpan> found) {
    boolean[] skip = null;
    boolean hasPosts = tk.text.indexOf("(@") >= 0;
    int p0 = 0;
    for (int t = 1; t <= tk.n; t++) {
      if (t < tk.n && !tk.breakBefore[t]) continue;
      if (t > p0) {
        if (ParagraphShapes.isStub(tk, p0, t) || ParagraphShapes.isCaption(tk, p0, t)) {
          if (skip == null) skip = new boolean[tk.n + 1];
          Arrays.fill(skip, p0, t, true);
        } else {
          if (hasPosts) posts.read(tk, p0, t, found);
          PullQuote.read(tk, p0, t, found);
        }
      }
      p0 = t;
    }
    return skip;
  }
}
