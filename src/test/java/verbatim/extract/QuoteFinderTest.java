package verbatim.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteFinderTest {

  /** Quotes in quote marks only: reported speech has its own tests (ReportedSpeechFinderTest). */
  private final QuoteFinder finder = new QuoteFinder(false);

  /** language, text, expected "quote => speaker" pairs joined by " || " (speaker "-" for none), or "" for none. */
  static Stream<Arguments> cases() {
    return Stream.of(
        // Cue after the quote, inverted and plain.
        Arguments.of("en", "“The bridge will open in May,” said Mayor Linda Hoskins.",
            "The bridge will open in May => Linda Hoskins"),
        Arguments.of("en", "“We will not raise taxes this year,” she said after the vote. Councillor Ana Ruiz disagreed.",
            "We will not raise taxes this year => -"),
        Arguments.of("en", "Transport Minister Pierre Dubois spoke first. “We will not raise fares this year,” he said.",
            "We will not raise fares this year => Pierre Dubois"),
        // Cue before, with a colon.
        Arguments.of("en", "The coach, Marta Quinn, told reporters: “We played our best game of the season.”",
            "We played our best game of the season. => Marta Quinn"),
        // Straight quotes and apostrophes that are not quote marks.
        Arguments.of("en", "\"It's the best day of my life,\" Tom Baker said. Baker's dog didn't agree.",
            "It's the best day of my life => Tom Baker"),
        // Single curly quotes as quote marks, apostrophes inside.
        Arguments.of("en", "‘It’s been a long winter for everyone here,’ said Helen Okafor.",
            "It’s been a long winter for everyone here => Helen Okafor"),
        // Nested quotes: the outer one is the quote.
        Arguments.of("en", "“He told me ‘never again’ and then he left the room,” said Omar Haddad.",
            "He told me ‘never again’ and then he left the room => Omar Haddad"),
        // Partial quote inside narration, cue before.
        Arguments.of("en", "Health Minister Joan Ferris said the plan was “a careful first step” for the province.",
            "a careful first step => Joan Ferris"),
        // A pronoun resolves to the last named speaker, not to the name after it.
        Arguments.of("en", "Opposition leader Karl Webb spoke to reporters. “We are going to vote against it,” he told "
            + "CBC News, before Premier Dana Lowe answered.",
            "We are going to vote against it => Karl Webb"),
        // Honorific and misspelling resolve to the full name.
        Arguments.of("en", "Finance critic Gérald Tremblay was blunt. “This budget is a fiction,” said Mr. Tremblai.",
            "This budget is a fiction => Gérald Tremblay"),
        // Organisation speaker, inverted cue.
        Arguments.of("en", "“The park will stay closed until further notice,” adds the City of Halton in a statement.",
            "The park will stay closed until further notice => City of Halton"),
        // Described person.
        Arguments.of("en", "“We lost everything in one night,” says the owner of the Corner Bakery.",
            "We lost everything in one night => owner of the Corner Bakery"),
        // The agent of a passive participle is not the speaker: the described person is.
        Arguments.of("fr", "Une cliente interrogée par la BBC a décrit le vendeur. « Il rendait toujours la monnaie, "
            + "il était correct », a-t-elle ajouté.",
            "Il rendait toujours la monnaie, il était correct => Une cliente"),
        Arguments.of("en", "A neighbour interviewed by the Herald said she was shocked: “He waved at everyone.”",
            "He waved at everyone. => A neighbour"),
        // A numeral opens an inverted subject after a time adverb.
        Arguments.of("fr", "«Tout est mouillé», s’inquiétaient mardi trois cyclistes belges interrogés par le Figaro.",
            "Tout est mouillé => trois cyclistes belges"),
        // A demonstrative description points back to the latest person who spoke; its complement is not its head.
        Arguments.of("fr", "« La rue est trop étroite », ajoute Gaspard. Ce médecin dans la soixantaine dit avoir choisi "
            + "« sans regret » ce vélo.",
            "La rue est trop étroite => Gaspard || sans regret => Gaspard"),
        // A pronoun prefers a subject over a name after a preposition or a possessive.
        Arguments.of("en", "Mayor Victor Lamb also cited a proposal from Paul Hart, an economist at the bank. "
            + "“Rents will keep rising,” he said.",
            "Rents will keep rising => Victor Lamb"),
        Arguments.of("fr", "Le député Marc Ollier, ancien conseiller de Jean Vidal, est venu en personne. "
            + "« C'est une bonne loi pour les villages », a-t-il assuré.",
            "C'est une bonne loi pour les villages => Marc Ollier"),
        Arguments.of("en", "Judge Tom Kane rejected Mr. Dale Pike’s motion on Monday. “This dispute has gone on too long,” "
            + "he wrote.",
            "This dispute has gone on too long => Tom Kane"),
        // A fronted prepositional topic is still a subject-like antecedent.
        Arguments.of("en", "“We close at nine,” says Mr. Paul Ng. For Omar Reyes, a rival store owner, the hours matter less. "
            + "“People come for the bread,” he says.",
            "We close at nine => Paul Ng || People come for the bread => Omar Reyes"),
        // A one-word name after a preposition is a complement of the subject, not the subject.
        Arguments.of("en", "Mayor Lucy Tran opened the session. The mayor of Halton said “the arena will be rebuilt "
            + "before the winter”.",
            "the arena will be rebuilt before the winter => Lucy Tran"),
        // A possessive description with a name in apposition: the name is the speaker.
        Arguments.of("en", "“We sold out by noon,” says Nadia’s brother, Karim Saleh.",
            "We sold out by noon => Karim Saleh"),
        // Unclosed quote marks: nothing, and no failure.
        Arguments.of("en", "He said “this never ends and the paragraph ends too\n\nNext paragraph here.", ""),
        // A quote over two paragraphs: one quote.
        Arguments.of("en", "Lena Park said: “The first part is here.\n\n“The second part follows and ends here.”",
            "The first part is here.\n\n“The second part follows and ends here. => Lena Park"),
        // French: guillemets with no-break spaces, inverted cue with -t-il.
        Arguments.of("fr", "Le maire Jean Tremblay est arrivé tôt. « Nous allons reconstruire le pont », a-t-il lancé.",
            "Nous allons reconstruire le pont => Jean Tremblay"),
        Arguments.of("fr", "«\u00A0La situation est grave\u00A0», a déclaré la ministre Sophie Gagnon.",
            "La situation est grave => Sophie Gagnon"),
        // French: split quote around an incise.
        Arguments.of("fr", "Le chef Paul Morin a parlé. « C’est une jungle, a-t-il dit. Il y a trop de voitures. »",
            "C’est une jungle => Paul Morin || Il y a trop de voitures. => Paul Morin"),
        // French: cue before, partial quote, apostrophes qu’il and aujourd’hui are not quote marks.
        Arguments.of("fr", "La ministre Anne Roy estime qu’il faut agir aujourd’hui et juge la réforme « mal préparée et trop lente ».",
            "mal préparée et trop lente => Anne Roy"),
        // French: a label in guillemets is not a quote.
        Arguments.of("fr", "Les «gilets jaunes» ont manifesté samedi. Plusieurs «gilets jaunes» ont été arrêtés.", ""),
        Arguments.of("fr", "Le syndicat dénonce l’«opération escargot» menée par la direction.", ""),
        // French: "selon".
        Arguments.of("fr", "Selon le porte-parole Marc Lavoie, « aucune décision n’a été prise pour le moment ».",
            "aucune décision n’a été prise pour le moment => Marc Lavoie"),
        // French: inverted cue with a role, then the role alone resolves to the person.
        Arguments.of("fr", "« Il faut investir dans les écoles », précise la ministre de l’Éducation, Julie Martel. "
            + "« Nous le ferons dès l’automne », a ajouté la ministre.",
            "Il faut investir dans les écoles => Julie Martel || Nous le ferons dès l’automne => Julie Martel"),
        // French: pronoun elle after a man and a woman were named: gender decides.
        Arguments.of("fr", "Marie Dubé a rencontré Luc Caron mardi. « Je suis très déçue du résultat », a-t-elle confié.",
            "Je suis très déçue du résultat => Marie Dubé"),
        // A coordinated cue verb shares the clause's subject.
        Arguments.of("en", "Metro Transit did not give details but said “crews are working around the clock”.",
            "crews are working around the clock => Metro Transit"),
        // An adjective incise between the cue and the speaker.
        Arguments.of("fr", "« Je n’ai entendu aucune promesse concrète », constate, impassible, Greta Lind.",
            "Je n’ai entendu aucune promesse concrète => Greta Lind"),
        // A possessive description is a speaker.
        Arguments.of("en", "“It was a very long night for all of us,” says my neighbour.",
            "It was a very long night for all of us => my neighbour"),
        // A cue after a time adverb, and a role phrase with "de l’".
        Arguments.of("fr", "« C’est une catastrophe pour le commerce », a déploré dimanche le ministre de l’Économie, "
            + "Bruno Lemaire.", "C’est une catastrophe pour le commerce => Bruno Lemaire"),
        // A quote with no cue takes the speaker of the sentence before it.
        Arguments.of("en", "Dr. Karen Holt said the results were clear.\n\n“We saw fewer infections in every group.”",
            "We saw fewer infections in every group. => Karen Holt"),
        // An acronym resolves to the organisation whose initials spell it.
        Arguments.of("en", "The Canada Revenue Agency sent letters in May. “Most files are already closed,” said CRA.",
            "Most files are already closed => Canada Revenue Agency"),
        // A one-word scare quote is left out.
        Arguments.of("en", "The so-called “reform” was dropped on Monday by the council.", ""),
        // A short quote repeated from the lede: attributed once after its closing mark, so every occurrence is a
        // quote with that speaker; a label quoted twice with no such cue stays a label.
        Arguments.of("fr", "Le gouvernement veut «refaire l’unité nationale» avant l’été.\n\nLa ministre Lise Roy a "
            + "parlé lundi. Il faut «refaire l’unité nationale», a-t-elle dit.",
            "refaire l’unité nationale => Lise Roy || refaire l’unité nationale => Lise Roy"),
        Arguments.of("en", "The board wants to “rebuild public trust” this year.\n\nChair Maria Lopez spoke on Monday. "
            + "We have to “rebuild public trust,” she said.",
            "rebuild public trust => Maria Lopez || rebuild public trust => Maria Lopez"),
        Arguments.of("fr", "Les «bonnets rouges» ont défilé. Des «bonnets rouges» dénonçaient la taxe.", ""),
        // After an indefinite article a short quoted phrase with a cue is a quote, not a label.
        Arguments.of("fr", "En prison, il a eu une «attitude très hostile» envers les gardiens, a précisé le procureur "
            + "Marc Blais.", "attitude très hostile => Marc Blais"),
        Arguments.of("fr", "La revue Grand Style parle d’une «tenue éblouissante», se demandant si elle lancera une mode.",
            "tenue éblouissante => Grand Style"),
        // A present participle after the quote has no inverted subject: the clause before it speaks.
        Arguments.of("en", "Senator Ann Boyd said the bill was a “costly mistake,” adding that her colleague Tom Reed "
            + "agreed.", "costly mistake => Ann Boyd"),
        // A parenthesis between the subject and its cue.
        Arguments.of("fr", "Le président du Sénat, Gérard Lenoir (LR, opposition), a dit le «soutien» du Sénat «aux "
            + "familles des victimes».", "aux familles des victimes => Gérard Lenoir"),
        Arguments.of("en", "Senator Joan Ray (D-Ohio) said the bill was “a gift to the big banks”.",
            "a gift to the big banks => Joan Ray"),
        // A guillemet typed backwards as an opener after an elision or a space.
        Arguments.of("fr", "La ministre Anne Roy a dit son soutien «aux blessés» ainsi qu’»aux proches des victimes».",
            "aux blessés => Anne Roy || aux proches des victimes => Anne Roy"),
        // A generic organisation noun ("the company", "l’entreprise") is the latest organisation named before it.
        Arguments.of("en", "Hydrolink raised its rates on Monday. “Costs went up for everyone,” the company said.",
            "Costs went up for everyone => Hydrolink"),
        Arguments.of("fr", "Vidéotron a haussé ses tarifs lundi. « Les coûts ont augmenté pour tous », a indiqué "
            + "l’entreprise.", "Les coûts ont augmenté pour tous => Vidéotron"),
        // A time complement between an inverted cue and its subject; a label closes the subject's noun phrase.
        Arguments.of("fr", "Les «bonnets rouges» sont revenus. «Nous ne lâcherons rien», scandaient dans l’après-midi une centaine de «bonnets rouges».",
            "Nous ne lâcherons rien => une centaine de «bonnets rouges»"),
        Arguments.of("en", "The “yellow vests” came back. “We will not go home,” chanted in the evening a crowd of “yellow vests”.",
            "We will not go home => a crowd of “yellow vests”"),
        // A document as the cue's subject stands for its author: named after "by", before the noun, or the source
        // that spoke just before.
        Arguments.of("en", "Mayor Lena Ortiz met the premier. Both discussed “the housing shortage and the rents,” "
            + "said a statement released by the Halton Housing Office.",
            "the housing shortage and the rents => Halton Housing Office"),
        Arguments.of("fr", "Le maire Luc Demers a rencontré la ministre. Les deux ont parlé « de la crise du logement "
            + "et des loyers », selon un communiqué publié par la Société d’habitation de Laval.",
            "de la crise du logement et des loyers => Société d’habitation de Laval"),
        Arguments.of("en", "“She gave us ten good years,” the Harbour Trust said. A statement said the board was “deeply "
            + "grateful for her service.”",
            "She gave us ten good years => Harbour Trust || deeply grateful for her service. => Harbour Trust"),
        // A place or a venue is never the antecedent of he or she.
        Arguments.of("en", "Sam Keller grew up in James County. He moved to the Lyric Theater last year. “I never "
            + "looked back,” he said.", "I never looked back => Sam Keller"),
        // A lone country name is not a short form of an agency named after it.
        Arguments.of("en", "Statistics Canada published new figures. “Canada has never exported more grain,” said "
            + "Canada.", "Canada has never exported more grain => Canada"),
        // The one spoken to is not the speaker; a coordinated cue shares the clause's subject.
        Arguments.of("en", "Senator Rob Lane said he was tired and then quipped to Mia Cruz, “You should try it "
            + "some day.” Mia Cruz laughed and stammered, “Maybe I will.”",
            "You should try it some day. => Rob Lane || Maybe I will. => Mia Cruz"),
        Arguments.of("fr", "Le sénateur Rob Lane a dit qu’il était fatigué puis a lancé à Mia Cruz : « Tu devrais "
            + "essayer un jour. » Mia Cruz a ri.", "Tu devrais essayer un jour. => Rob Lane"),
        // An organisation named as a list ("A, B and C Canada") is one name; its acronym and "the department"
        // stand for it.
        Arguments.of("en", "The family wrote to Fisheries, Oceans and Coast Guard Canada in May. “The file is under "
            + "review,” FOCGC said. “Some cases take longer,” the department added.",
            "The file is under review => Fisheries, Oceans and Coast Guard Canada || Some cases take longer => "
            + "Fisheries, Oceans and Coast Guard Canada"),
        // "the utility", "la société": the latest organisation that spoke, even if named long before.
        Arguments.of("en", "“Crews are out,” the Coastal Power Authority said on Friday. " + "The storm hit the coast hard. ".repeat(30)
            + "“Power will be back by Monday,” the utility said.",
            "Crews are out => Coastal Power Authority || Power will be back by Monday => Coastal Power Authority"),
        // "City of Marlow": an organisation word and its complement are one name, which "the city" stands for.
        Arguments.of("en", "The City of Marlow wrote to residents. “Water is safe to drink,” the city said.",
            "Water is safe to drink => City of Marlow"),
        Arguments.of("fr", "La Ville de Marlow a écrit aux résidents. « L’eau est potable », a dit la ville.",
            "L’eau est potable => Ville de Marlow"),
        // A known person's possessive is not part of the next name.
        Arguments.of("en", "Mayor Ron Baxter won. Baxter's Civic Unity council met. “We will cut the budget,” the "
            + "mayor said.", "We will cut the budget => Ron Baxter"),
        // A relative clause between the subject and its cue.
        Arguments.of("en", "Premier Dana Lowe spoke first. “This is a slap in the face of every worker,” a citizen, "
            + "whose name is redacted, wrote on Monday.", "This is a slap in the face of every worker => a citizen"),
        Arguments.of("fr", "La première ministre Dana Lowe a parlé. « C’est une gifle pour chaque travailleur », a "
            + "écrit un citoyen, dont le nom est caviardé.", "C’est une gifle pour chaque travailleur => un citoyen"),
        Arguments.of("en", "Premier Dana Lowe spoke first. Another member of the public, whose name is redacted, "
            + "wrote: “I can only imagine what the families feel.”",
            "I can only imagine what the families feel. => Another member of the public"),
        // A participle after a comma takes its clause's subject, not the name after it, nor the dateline.
        Arguments.of("en", "Premier Dana Lowe spoke on Monday. Foreign ministry spokeswoman Mei Lin shot back on "
            + "Tuesday, saying Lowe should “stop making irresponsible remarks.”",
            "stop making irresponsible remarks. => Mei Lin"),
        Arguments.of("fr", "MARSEILLE | Un suspect, criant «Vive la révolution», a tiré mardi.",
            "Vive la révolution => Un suspect"),
        // An abbreviation's full stop before a comma ends no sentence; a first name that is also a function word
        // ("Will", "May") is a name before a surname; a long apposition ends in a name that is not the subject.
        Arguments.of("en", "Will Reyes, a welder based in Dayton, Oh., and a steward at Rail Workers United, said the "
            + "cold takes a toll on machines.\n\n\"Steel just becomes brittle when it gets this cold.\"",
            "Steel just becomes brittle when it gets this cold. => Will Reyes"),
        Arguments.of("fr", "May Chen, élue de Montréal, Qc., et porte-parole du Parti vert, a dit que le froid nuit."
            + "\n\n« L’acier devient cassant quand il fait si froid. »",
            "L’acier devient cassant quand il fait si froid. => May Chen"),
        // English puts only adverbs between a cue and its inverted subject: "said cold weather takes a toll" opens
        // a reported clause whose noun phrases are no speaker.
        Arguments.of("en", "Later, an organizer said cold weather takes a toll on old trains.\n\n\"Rubber seals just "
            + "harden and stop working.\"", "Rubber seals just harden and stop working. => an organizer"),
        Arguments.of("en", "“We will rebuild the old bridge,” said later the mayor, Ann Cole.",
            "We will rebuild the old bridge => Ann Cole"),
        // A quote paragraph with no cue after narration about the last speaker goes on with that speaker; not when
        // the narration names someone else.
        Arguments.of("en", "“I was lucky to keep my pension,” Dana Roth said.\n\nStill, Roth lost half her income "
            + "that year.\n\n“It took me two years to accept it.”",
            "I was lucky to keep my pension => Dana Roth || It took me two years to accept it. => Dana Roth"),
        Arguments.of("en", "“I was lucky to keep my pension,” Dana Roth said.\n\nHer doctor, Paul Hines, saw it "
            + "differently.\n\n“It took me two years to accept it.”",
            "I was lucky to keep my pension => Dana Roth || It took me two years to accept it. => -"),
        Arguments.of("fr", "« J’ai eu de la chance de garder ma pension », a dit Diane Roy.\n\nRoy a pourtant perdu la "
            + "moitié de son revenu.\n\n« Il m’a fallu deux ans pour l’accepter. »",
            "J’ai eu de la chance de garder ma pension => Diane Roy || Il m’a fallu deux ans pour l’accepter. => Diane Roy"),
        // A document stands for the owner of the place it is published on, named later in its clause.
        Arguments.of("en", "The Safety Board has said brakes failed. \"Cold is a fact of life here,\" says a document "
            + "titled Winter Work on Northern Rail Company's website.", "Cold is a fact of life here => Northern Rail Company"),
        Arguments.of("fr", "Le Bureau de la sécurité a dit que les freins ont lâché. « Le froid fait partie de la vie », "
            + "affirme un document publié sur le site de la Société du Rail.", "Le froid fait partie de la vie => Société du Rail"),
        // A line of capitalised words alone is page furniture, not a person; "but for X —" is a fronted topic, so
        // X is the subject a later definite description points back to.
        Arguments.of("en", "Nobody is talking about Rick Moreno, who lives like Moreno did.\n\nRead More Stories Below"
            + "\n\nShe laughs, but for Alma Ruiz — whose shop sells comics — it is serious. “Superheroes are one "
            + "genre only,” says the laid-back shop owner.", "Superheroes are one genre only => Alma Ruiz"),
        Arguments.of("fr", "Personne ne parle de Paul Moreau.\n\nLire La Suite Plus Bas\n\nPour Alma Ruiz — dont la "
            + "boutique vend des bandes dessinées — c’est sérieux. « Les héros ne sont qu’un genre », dit la libraire.",
            "Les héros ne sont qu’un genre => Alma Ruiz"),
        // A generic organisation noun with lower-case modifiers ("the security firm") is the latest organisation;
        // names in a stub paragraph ("READ MORE: …", "À LIRE AUSSI : …") are another story's and never candidates.
        Arguments.of("en", "Nordwall Group said on Friday that the attack was old.\n\nREAD MORE: Phishing Scam "
            + "hits banks\n\n“We reported this campaign in October,” the security firm wrote in its statement.",
            "We reported this campaign in October => Nordwall Group"),
        Arguments.of("fr", "Hydro-Québec a dit vendredi que la panne était réglée.\n\nÀ LIRE AUSSI : Tempête Majeure "
            + "au Nouveau-Brunswick\n\n« Nous avons rétabli le courant », a écrit la société dans un communiqué.",
            "Nous avons rétabli le courant => Hydro-Québec"),
        // He/she is never a person named inside the quote it attributes.
        Arguments.of("en", "Ken Mwangi runs the office where Hiram Okafor works. “Okafor hid under his desk for an "
            + "hour,” he said.", "Okafor hid under his desk for an hour => Ken Mwangi"),
        Arguments.of("fr", "Marc Diallo dirige le bureau où travaille Hiram Okafor. « Okafor s’est caché sous son "
            + "bureau pendant une heure », a-t-il dit.", "Okafor s’est caché sous son bureau pendant une heure => Marc Diallo"),
        // "city staff" are the staff of the organisation named in the article whose name holds "city".
        Arguments.of("en", "The City of Halton will vote on Monday. “There are no plans to close the rink,” city staff "
            + "said.", "There are no plans to close the rink => City of Halton staff"),
        Arguments.of("en", "“There are no plans to close the rink,” city staff said.",
            "There are no plans to close the rink => city staff"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void findsQuotesAndSpeakers(String language, String text, String expected) {
    // Labels (kind label, no speaker) have their own cases in LabelTest.
    List<Quote> quotes = finder.find(text, language).stream().filter(q -> q.kind() != Quote.Kind.LABEL).toList();
    String actual = quotes.stream()
        .map(q -> q.text() + " => " + (q.speaker() == null ? "-" : q.speaker().name()))
        .collect(Collectors.joining(" || "));
    assertEquals(expected, actual, text);
    for (Quote q : quotes) {
      assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets index the text");
    }
  }

  @Test
  void kindsFollowSentenceOrFragment() {
    List<Quote> q = finder.find("“We will win,” said Ava Chen. She called the plan “a clever but costly idea” on Monday.", "en");
    assertEquals(2, q.size());
    assertEquals(Quote.Kind.DIRECT, q.get(0).kind());
    assertEquals(Quote.Kind.PARTIAL, q.get(1).kind());
    assertEquals("said", q.get(0).cue());
  }

  @Test
  void roleIsKept() {
    List<Quote> q = finder.find("PQ leader Rémi Gagné believes the law is “badly written and rushed”.", "en");
    assertEquals(1, q.size());
    assertEquals("Rémi Gagné", q.get(0).speaker().name());
    assertEquals("PQ leader", q.get(0).speaker().role());
  }

  @Test
  void quoteInTheOtherLanguageIsMarked() {
    List<Quote> q = finder.find("Le ministre John Smith a dit : « We will do what it takes to protect the jobs of the workers ».", "fr");
    assertEquals(1, q.size());
    assertEquals("en", q.get(0).language());
    assertEquals("John Smith", q.get(0).speaker().name());
  }

  @Test
  void badInputIsRejectedAtTheDoor() {
    assertThrows(NullPointerException.class, () -> finder.find(null, "en"));
    assertThrows(IllegalArgumentException.class, () -> finder.find("text", "de"));
    assertTrue(finder.find("", "en").isEmpty());
  }

  @Test
  void manyUnclosedMarksStayFast() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) sb.append("“word « mot \" x ‘ ");
    assertTrue(finder.find(sb.toString(), "en").isEmpty(), "unclosed marks give no quote");
  }

  /** language, text, expected "kind: text => speaker" lines joined by " || ". */
  static Stream<Arguments> clauses() {
    return Stream.of(
        // A short partial quote inside a reported clause: the clause is reported speech too, quote included; in
        // English the clause stands for the fragment (ClauseFragments), French keeps both.
        Arguments.of("en", "Minister Ada Freeland said she had “a very emotional conversation” with the family of the "
            + "detained man on Monday and would call them again this week.",
            "indirect: she had “a very emotional conversation” with the family of the detained man on Monday and would "
            + "call them again this week => Ada Freeland"),
        Arguments.of("en", "He washed out after failing to meet “expectations and standards” in his first month of basic "
            + "training, a Marine spokeswoman said.",
            "indirect: He washed out after failing to meet “expectations and standards” in his first month of basic "
            + "training => a Marine spokeswoman"),
        Arguments.of("fr", "Le ministre Paul Roy a dit que la réforme de la santé était « mal ficelée » et qu’elle "
            + "serait revue au printemps.",
            "indirect: la réforme de la santé était « mal ficelée » et qu’elle serait revue au printemps => Paul Roy"
            + " || partial: mal ficelée => Paul Roy"),
        // An aside between the cue and "that" is not part of the clause.
        Arguments.of("en", "Mayor Tom Lee still fears, like several experts, that the new bridge is “a costly mistake” "
            + "that the city will regret for many years to come.",
            "indirect: the new bridge is “a costly mistake” that the city will regret for many years to come => Tom Lee"),
        // A quote that is most of the clause stands for it: no second span.
        Arguments.of("en", "Mayor Tom Lee said the plan was “a careful first step for the whole province”.",
            "partial: a careful first step for the whole province => Tom Lee"),
        // A noun object is not a clause: "posted a video".
        Arguments.of("en", "Hydrolink posted a short video to its website in which a crew shows “snow laps” on a frozen "
            + "track near the old station.", "partial: snow laps => Hydrolink"));
  }

  @ParameterizedTest
  @MethodSource("clauses")
  void partialQuoteInsideAReportedClause(String language, String text, String expected) {
    List<Quote> quotes = new QuoteFinder().find(text, language);
    String actual = quotes.stream()
        .map(q -> q.kind().label() + ": " + q.text() + " => " + (q.speaker() == null ? "-" : q.speaker().name()))
        .collect(Collectors.joining(" || "));
    assertEquals(expected, actual, text);
  }

  /** language, text, a phrase of one reported quote, its expected speaker. */
  static Stream<Arguments> reportedSpeakers() {
    return Stream.of(
        // A reported clause opening on she/elle gives its speaker's gender: the next "he" is someone else.
        Arguments.of("en", "Constable Ray Paterson arrested the driver. Kim Closs told police she heard the sirens. "
            + "He told detectives he would have fired.", "would have fired", "Ray Paterson"),
        Arguments.of("fr", "Le gendarme Rémy Poulin a arrêté le conducteur. Kim Closs a dit aux policiers qu’elle avait "
            + "entendu les sirènes. Il a dit aux enquêteurs qu’il aurait tiré.", "aurait tiré", "Rémy Poulin"),
        // A participle cue with no subject of its own shares the speaker of the quote before it in its sentence.
        Arguments.of("en", "Paul Dia was on a business trip. “We hid in a room for an hour,” he said, adding that police "
            + "fired back.", "police fired back", "Paul Dia"));
  }

  @ParameterizedTest
  @MethodSource("reportedSpeakers")
  void reportedClausesGetTheirSpeakers(String language, String text, String phrase, String speaker) {
    List<Quote> all = new QuoteFinder().find(text, language);
    Quote q = all.stream().filter(x -> x.text().contains(phrase)).findFirst().orElseThrow(() -> new AssertionError(all.toString()));
    assertEquals(speaker, q.speaker() == null ? null : q.speaker().name(), all::toString);
  }

  @Test
  void reportedSpeechIsResolvedLikeQuotes() {
    String text = "Mayor Linda Hoskins spoke on Monday. She said that the bridge would open in May.";
    List<Quote> all = new QuoteFinder().find(text, "en");
    assertTrue(all.stream().anyMatch(q -> q.text().contains("bridge would open")), () -> "found: " + all);
    for (Quote q : all) {
      assertEquals(Quote.Kind.INDIRECT, q.kind());
      assertEquals(q.text(), text.substring(q.start(), q.end()));
      if (q.text().contains("bridge")) assertEquals("Linda Hoskins", q.speaker().name());
    }
  }

  @Test
  void unattributedQuoteHasNoSpeaker() {
    List<Quote> q = finder.find("Nobody knew why. “The lights went out at midnight and never came back.”", "en");
    assertEquals(1, q.size());
    assertNull(q.get(0).speaker());
  }
}
