package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus level over invented quotes: gate first, then one spelling per person across articles. */
class CorpusSpeakersTest {

  private static Quote said(String speaker, String language) {
    return new Quote(0, 5, "words", Quote.Kind.DIRECT, speaker == null ? null : new Speaker(speaker, null), "said",
        language, null);
  }

  private static String speakerOf(Quote q) {
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void fragmentsBecomeNoSpeakerAndCreditLinesAreStripped() {
    CorpusSpeakers c = new CorpusSpeakers();
    List<Quote> out = c.canonical(List.of(said("a-t-il", "fr"), said("AFP Odile Marchetti", "fr"),
        said("Inc", "en"), said(null, "en")));
    assertNull(speakerOf(out.get(0)));
    assertEquals("Odile Marchetti", speakerOf(out.get(1)));
    assertNull(speakerOf(out.get(2)));
    assertNull(speakerOf(out.get(3)));
  }

  @Test
  void surnamesJoinFullNamesSeenInEarlierArticlesButDescriptionsTeachNothing() {
    CorpusSpeakers c = new CorpusSpeakers();
    c.canonical(List.of(said("Accusant Hélène Vasseur", "fr"), said("chiffre de la préfecture", "fr")));
    List<Quote> later = c.canonical(List.of(said("Vasseur", "fr"), said("préfecture", "fr"),
        said("Mme Vasseur", "fr")));
    assertEquals("Hélène Vasseur", speakerOf(later.get(0)));
    assertEquals("préfecture", speakerOf(later.get(1)), "a lower-case description is no full name");
    assertEquals("Hélène Vasseur", speakerOf(later.get(2)));
  }

  @Test
  void descriptionsShareOneSpellingToo() {
    CorpusSpeakers c = new CorpusSpeakers();
    c.canonical(List.of(said("ministère de l’Agriculture", "fr")));
    assertEquals("ministère de l’Agriculture",
        speakerOf(c.canonical(List.of(said("ministère de l'Agriculture", "fr"))).get(0)));
  }

  @Test
  void unchangedQuotesAreTheSameObjects() {
    Quote q = said("Odile Marchetti", "fr");
    assertEquals(true, new CorpusSpeakers().canonical(List.of(q)).get(0) == q);
  }
}
