package verbatim.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * What an article hit shows without highlighting, kept in one binary doc value ({@link Schema#ARTICLE_CARD}) so a
 * results page reads no stored fields: reading one stored record resets and decompresses a whole chunk, which for
 * article records (their full text is stored) was a sixth of an article search.
 *
 * @param lead the article's first non-empty paragraph, cut at the first space after {@link Schema#LEAD_CHARS}
 *     characters: longer than any passage a page shows
 */
public record ArticleCard(String id, String title, String url, String outlet, String dateIso, boolean dateInferred,
    String lang, String lead) {
  private static final int HAS_URL = 1;
  private static final int HAS_OUTLET = 2;
  private static final int HAS_DATE = 4;
  private static final int INFERRED = 8;

  /** The card as bytes: a flag byte for the optional fields, then each present string. */
  public BytesRef encode() {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    out.writeByte((byte) ((url != null ? HAS_URL : 0) | (outlet != null ? HAS_OUTLET : 0)
        | (dateIso != null ? HAS_DATE : 0) | (dateInferred ? INFERRED : 0)));
    out.writeString(id);
    out.writeString(title);
    out.writeString(lang);
    out.writeString(lead);
    if (url != null) out.writeString(url);
    if (outlet != null) out.writeString(outlet);
    if (dateIso != null) out.writeString(dateIso);
    return new BytesRef(out.toArrayCopy());
  }

  /** Reads back what {@link #encode} wrote. */
  public static ArticleCard decode(BytesRef bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    try {
      int flags = in.readByte();
      String id = in.readString();
      String title = in.readString();
      String lang = in.readString();
      String lead = in.readString();
      String url = (flags & HAS_URL) != 0 ? in.readString() : null;
      String outlet = (flags & HAS_OUTLET) != 0 ? in.readString() : null;
      String date = (flags & HAS_DATE) != 0 ? in.readString() : null;
      return new ArticleCard(id, title, url, outlet, date, (flags & INFERRED) != 0, lang, lead);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an in-memory input does not fail
    }
  }

  /** {@code paragraph} cut at the first whitespace at or after {@link Schema#LEAD_CHARS} characters. */
  static String lead(String paragraph) {
    int to = Math.min(paragraph.length(), Schema.LEAD_CHARS);
    while (to < paragraph.length() && !Character.isWhitespace(paragraph.charAt(to))) to++;
    return paragraph.substring(0, to);
  }
}
