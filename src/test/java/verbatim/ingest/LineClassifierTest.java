package verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineClassifierTest {
  @Test
  void stubsInBothLanguages() {
    for (String line : new String[] {"• Read also: A title", "Lire aussi : Un titre", "• À LIRE AUSSI: Un titre", "READ MORE: A title",
        "► Voir aussi : Un titre", "- See also — A title", "À lire également\u00A0: Un titre"}) {
      int t = LineClassifier.stubTitleStart(line, 0, line.length());
      assertTrue(t > 0, line);
      assertTrue(line.substring(t).startsWith("A") || line.substring(t).startsWith("Un"), line);
    }
    for (String line : new String[] {"Read also the report, which says more.", "Relatedness: a study", "Lire", "Read also:", "Voir aussi"}) {
      assertEquals(-1, LineClassifier.stubTitleStart(line, 0, line.length()), line);
    }
  }

  @Test
  void creditsAndBoilerplate() {
    assertTrue(LineClassifier.isCredit("PHOTO: MARTIN ALARIE / QMI AGENCY"));
    assertTrue(LineClassifier.isCredit("Crédit photo : Jean Roy"));
    assertTrue(LineClassifier.isCredit("PHOTO AGENCE QMI, JOËL LEMAY"));
    assertFalse(LineClassifier.isCredit("Photos of the event were shared widely on social media."));
    assertTrue(LineClassifier.isCreditLabel("Photo :"));
    assertFalse(LineClassifier.isCreditLabel("Photo : Jean Roy"));

    for (String line : new String[] {"Do you have any information to share with us about this story?", "Got a scoop?", "Latest",
        "À voir aussi", "Vous avez un scoop ?", "Écrivez-nous à l’adresse", "source site-12", "SOURCE SITE-7", "© 2024 Example Media",
        "Tous droits réservés"}) {
      assertTrue(LineClassifier.isBoilerplate(line), line);
    }
    for (String line : new String[] {"The newsletter will be published every three weeks.", "Microsoft filed a copyright suit.",
        "He said the source site was unreliable.", "source site-", "Latest figures show a rise in prices."}) {
      assertFalse(LineClassifier.isBoilerplate(line), line);
    }
  }

  @Test
  void theCheapFooterFilterLetsEveryPhraseThrough() {
    for (String phrase : LineClassifier.FOOTER_PHRASES) {
      assertTrue(LineClassifier.mayBeFooter(phrase + " and then some more words to make the line long"), phrase);
    }
  }

  @Test
  void subheadingShapes() {
    assertTrue(LineClassifier.isSubheadingShaped("Tanguay deletes his account"));
    assertTrue(LineClassifier.isSubheadingShaped("«Une mesure préventive»"));
    assertFalse(LineClassifier.isSubheadingShaped("Mr. Tanguay even deleted it."));
    assertFalse(LineClassifier.isSubheadingShaped("« Il faut agir. »".replace(" »", "»")));
    assertFalse(LineClassifier.isSubheadingShaped("one two three four five six seven eight nine ten eleven"));
  }
}
