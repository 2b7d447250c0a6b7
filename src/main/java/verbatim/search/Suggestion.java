package verbatim.search;

/**
 * One autocomplete proposal.
 *
 * @param text  what to put in the search box (a speaker display name or the completed query)
 * @param kind  "speaker" or "phrase"
 * @param count how many records carry it (quotes for a speaker, documents for a phrase)
 */
public record Suggestion(String text, String kind, long count) {}
