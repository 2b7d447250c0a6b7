package verbatim.web;

import java.util.Map;

/**
 * An HTTP error the API answers with: a status, a stable machine code, a readable message and details.
 * Thrown anywhere in a handler; {@link ErrorResponses} turns it into {@code {"error", "message", "details"}} in one place.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String code;
  private final Map<String, Object> details;

  public ApiException(int status, String code, String message, Map<String, Object> details) {
    super(message);
    this.status = status;
    this.code = code;
    this.details = details == null ? Map.of() : Map.copyOf(details);
  }

  public static ApiException badParameter(String parameter, String message) {
    return new ApiException(400, "bad_parameter", message, Map.of("parameter", parameter));
  }

  public static ApiException notFound(String what) {
    return new ApiException(404, "not_found", what, Map.of());
  }

  public static ApiException unavailable(String message) {
    return new ApiException(503, "index_unavailable", message, Map.of());
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public Map<String, Object> details() {
    return details;
  }
}
