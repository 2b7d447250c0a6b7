package verbatim.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Invented news articles for the soak's admin writer, one per number and the same on every run: English or
 * French, a dated lead, one or two quotes with a named speaker, and background sentences that hold the soak's
 * query words, so searches match the written articles in the same proportion whatever their number. Texts are
 * distinct; one article in {@link #COPY_ONE_IN} repeats, word for word and by the same speaker, the first quote of
 * one of the {@link #COPY_WINDOW} articles before it, as wire copy does, so the copy collapse is exercised with
 * groups of a realistic size rather than one group holding every article.
 */
final class SoakArticles {
  static final int COPY_ONE_IN = 20;
  static final int COPY_WINDOW = 50;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] FIRST = {"Dana", "Omar", "Lucie", "Tomas", "Aïcha", "Hugo", "Mira", "Kenji", "Sofia",
      "Élise", "Rafael", "Nadia", "Pieter", "Inès", "Colin", "Yara", "Mathis", "Greta", "Samir", "Hélène", "Ivan",
      "Chloé", "Bruno", "Leila", "Owen", "Maëlle", "Victor", "Anouk", "Felix", "Rosa"};
  private static final String[] LAST = {"Wu", "Haddad", "Caron", "Novak", "Diallo", "Brandt", "Okafor", "Tanaka",
      "Moreau", "Lindqvist", "Ferreira", "Benali", "Janssen", "Roy", "Marsh", "Kader", "Gagnon", "Holt", "Nasser",
      "Bélanger", "Petrov", "Lavoie", "Conti", "Rahimi", "Pryce", "Thériault", "Szabo", "Vermeer", "Keller", "Ortega"};
  private static final String[] CITIES = {"Québec", "Montréal", "Le Caire", "Lyon", "Ottawa", "Dakar", "Bruxelles",
      "Genève", "Moncton", "Sherbrooke"};

  private static final String[] EN_ROLES = {"Mayor", "Minister", "Councillor", "Senator", "Director", "Professor"};
  private static final String[] EN_OPENERS = {"We will", "We cannot", "Nobody should", "The province must",
      "Our team wants to", "I promise we will"};
  private static final String[] EN_VERBS = {"publish", "review", "protect", "fund", "rebuild", "explain", "delay",
      "reform", "expand", "audit", "simplify", "defend"};
  private static final String[] EN_OBJECTS = {"the school budget", "the security plan", "the health data",
      "the bus network", "the housing rules", "the water system", "the new library", "the tax credit",
      "the border checks", "the hospital wing", "the election map", "the farm subsidies"};
  private static final String[] EN_TIMES = {"next week", "before winter", "this spring", "by June", "within a year",
      "after the vote", "in the coming months", "before the summer", "as soon as possible", "this time"};
  private static final String[] EN_BACKGROUND = {
      "Government data on the question will be released later.", "The minister did not answer questions.",
      "Security was tight around the building.", "The budget debate lasted most of the afternoon.",
      "Parents at the local school are worried, a survey shows.", "Officials in Cairo followed the talks closely.",
      "The plan comes late for the opposition."};

  private static final String[] FR_ROLES = {"la mairesse", "le ministre", "la conseillère", "le sénateur",
      "la directrice", "le professeur"};
  private static final String[] FR_OPENERS = {"Nous allons", "Il faut", "Personne ne veut", "La province doit",
      "Notre équipe souhaite", "Je promets que nous allons"};
  private static final String[] FR_VERBS = {"publier", "revoir", "protéger", "financer", "reconstruire", "expliquer",
      "reporter", "réformer", "agrandir", "vérifier", "simplifier", "défendre"};
  private static final String[] FR_OBJECTS = {"le budget de l'école", "le plan de sécurité", "les données de santé",
      "le réseau d'autobus", "les règles du logement", "le réseau d'eau", "la nouvelle bibliothèque",
      "le crédit d'impôt", "les contrôles à la frontière", "l'aile de l'hôpital", "la carte électorale",
      "les subventions agricoles"};
  private static final String[] FR_TIMES = {"la semaine prochaine", "avant l'hiver", "ce printemps", "d'ici juin",
      "d'ici un an", "après le vote", "dans les prochains mois", "avant l'été", "dès que possible", "cette fois"};
  private static final String[] FR_BACKGROUND = {
      "Les données du gouvernement sur la question seront publiées plus tard.",
      "Le ministre n'a pas répondu aux questions.", "La sécurité était renforcée autour de l'édifice.",
      "Le débat sur le budget a duré tout l'après-midi.", "Des parents de l'école du quartier s'inquiètent.",
      "Au Caire, les responsables ont suivi les discussions de près.",
      "Le plan arrive tard pour l'opposition."};

  private static final String[] EN_SOURCES = {"the government", "the city", "the agency", "the board"};
  private static final String[] FR_SOURCES = {"le gouvernement", "la ville", "l'agence", "le conseil"};

  private SoakArticles() {}

  static String id(long n) {
    return "soak-" + n;
  }

  /** A quote with its speaker and the article language it is written in. */
  record Said(boolean french, String speaker, String role, String words) {}

  /**
   * Article {@code n} as one JSON object (a line of {@code application/x-ndjson}, or a whole
   * {@code application/json} body).
   */
  static String jsonLine(long n) {
    SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L + 17);
    boolean copy = n > 0 && r.nextInt(COPY_ONE_IN) == 0;
    Said first = copy ? said(n - 1 - r.nextInt((int) Math.min(n, COPY_WINDOW))) : said(n);
    Said second = r.nextBoolean() ? sameLanguage(said(n + 1_000_003L * (1 + r.nextInt(7))), first.french()) : null;
    String city = CITIES[r.nextInt(CITIES.length)];
    String[] background = first.french() ? FR_BACKGROUND : EN_BACKGROUND;
    StringBuilder text = new StringBuilder();
    text.append(city).append(" — ").append(lead(first.french(), n)).append("\n\n");
    text.append(quoteParagraph(first)).append("\n\n");
    text.append(background[r.nextInt(background.length)]).append(' ')
        .append(background[r.nextInt(background.length)]).append("\n\n");
    if (second != null) text.append(quoteParagraph(second)).append("\n\n");
    text.append(cost(first.french(), n));
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id(n));
    o.put("language", first.french() ? "fr" : "en");
    o.put("date", String.format(Locale.ROOT, "2026-%02d-%02d", 1 + (int) (n / 28 % 12), 1 + (int) (n % 28)));
    o.put("title", first.french() ? "À " + city + ", " + first.speaker() + " s'exprime"
        : "In " + city + ", " + first.speaker() + " speaks");
    o.put("text", text.toString());
    return o.toString();
  }

  /** The quote that article {@code m} says first (unless it copies another's): a function of {@code m} alone. */
  static Said said(long m) {
    SplittableRandom r = new SplittableRandom(m * 0xC2B2AE3D27D4EB4FL + 5);
    boolean french = r.nextInt(3) == 0;
    String speaker = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    String words = french
        ? pick(r, FR_OPENERS) + " " + pick(r, FR_VERBS) + " " + pick(r, FR_OBJECTS) + " " + pick(r, FR_TIMES)
        : pick(r, EN_OPENERS) + " " + pick(r, EN_VERBS) + " " + pick(r, EN_OBJECTS) + " " + pick(r, EN_TIMES);
    return new Said(french, speaker, french ? pick(r, FR_ROLES) : pick(r, EN_ROLES), words);
  }

  private static Said sameLanguage(Said s, boolean french) {
    return s.french() == french ? s : null;
  }

  private static String quoteParagraph(Said s) {
    return s.french()
        ? "« " + s.words() + " », a déclaré " + s.role() + " " + s.speaker() + "."
        : "“" + s.words() + ",” said " + s.role() + " " + s.speaker() + ".";
  }

  private static String lead(boolean french, long n) {
    return french
        ? "Le conseil a tenu sa séance numéro " + n + " mardi, sous les questions du public."
        : "The council held its session number " + n + " on Tuesday, with questions from the public.";
  }

  private static String cost(boolean french, long n) {
    long millions = 3 + n % 997;
    return french
        ? "Le projet coûterait " + millions + " millions de dollars, selon " + FR_SOURCES[(int) (n % 4)] + "."
        : "The project would cost " + millions + " million dollars, according to " + EN_SOURCES[(int) (n % 4)] + ".";
  }

  private static String pick(SplittableRandom r, String[] words) {
    return words[r.nextInt(words.length)];
  }
}
