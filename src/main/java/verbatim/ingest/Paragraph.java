package verbatim.ingest;

/** A body paragraph; {@code start}/{@code end} are String indices into {@link Article#text()} (-1 when not in it). */
public record Paragraph(int start, int end, String text) {}
