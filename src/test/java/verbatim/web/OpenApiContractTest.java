package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published contract (/openapi.json) must be accepted by a standard OpenAPI 3.1 parser, the one code
 * generators (openapi-generator, swagger-codegen) are built on: no unexpected attribute, no broken $ref.
 */
class OpenApiContractTest {

  private static SwaggerParseResult parse(String json) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(json, null, options);
  }

  private static String shipped() throws IOException {
    try (InputStream in = OpenApiContractTest.class.getResourceAsStream("/openapi.json")) {
      assertNotNull(in, "openapi.json is not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void shippedDocumentIsValidOpenApi31() throws IOException {
    SwaggerParseResult result = parse(shipped());
    assertNotNull(result.getOpenAPI(), "openapi.json did not parse: " + result.getMessages());
    assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
    List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
    assertTrue(messages.isEmpty(), "OpenAPI 3.1 validation messages:\n" + String.join("\n", messages));
  }

  /** The validator is real: it rejects what the issue found, a description on a Media Type Object. */
  @Test
  void validatorRejectsADescriptionOnAMediaType() {
    String bad = """
        {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
         "paths": {"/x": {"post": {
           "requestBody": {"content": {"text/plain": {"schema": {"type": "string"}, "description": "no"}}},
           "responses": {"204": {"description": "ok"}}}}}}
        """;
    List<String> messages = parse(bad).getMessages();
    assertTrue(messages.stream().anyMatch(m -> m.contains("description")), "expected a complaint, got " + messages);
  }
}
