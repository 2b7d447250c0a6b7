package verbatim.search;

/**
 * What the index holds in the snapshot searches currently see.
 *
 * @param generation changes whenever searchable content changes (use it for ETags)
 * @param version    the reader's index version
 * @param articles   live article records
 * @param stubs      live related-story stub records
 * @param quotes     live quote records
 * @param files      corpus files with a stored fingerprint
 * @param speakers   distinct canonical speakers
 */
public record IndexStats(long generation, long version, long articles, long stubs, long quotes, long files,
    long speakers) {}
