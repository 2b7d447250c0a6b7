package verbatim.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * A JSON document holding one article object or an array of them, as JSON Lines for {@link JsonLinesReader}.
 * Numbers keep their exact text ({@code 1e999999} stays a number, not the string "Infinity" a double would
 * become), and anything after the document is refused rather than dropped.
 */
public final class JsonBody {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

  private JsonBody() {}

  /**
   * One compact object per line.
   *
   * @throws IllegalArgumentException with a message for the sender when the body is not one object or array
   */
  public static byte[] asLines(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("Trailing token"))
        throw new IllegalArgumentException("invalid JSON: more than one JSON value in the body (send one object, "
            + "an array of objects, or application/x-ndjson with one object per line)");
      throw new IllegalArgumentException("invalid JSON: " + JsonErrors.describe(e));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + JsonErrors.describe(e));
    } catch (IOException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getMessage());
    }
    if (root == null || !(root.isObject() || root.isArray()))
      throw new IllegalArgumentException("expected a JSON object {\"text\": …} or an array of them");
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 16);
    try {
      for (JsonNode n : root.isArray() ? root : List.of(root)) {
        out.write(JSON.writeValueAsBytes(n));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot re-encode the JSON: " + e.getMessage());
    }
    return out.toByteArray();
  }
}
