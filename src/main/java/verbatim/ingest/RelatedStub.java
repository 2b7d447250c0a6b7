package verbatim.ingest;

/**
 * A related-story stub ("• Read also: …"), searchable on its own and linked to its parent article.
 * {@code start}/{@code end} locate the stub title in {@link Article#text()} (-1 when not in it).
 */
public record RelatedStub(String title, String url, int start, int end) {}
