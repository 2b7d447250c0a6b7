package verbatim.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates JSON against the JSON Schema subset openapi.json uses: {@code $ref} to components, {@code type}
 * (one or a list), {@code properties}, {@code required}, {@code additionalProperties} (false or a schema),
 * {@code items}, {@code enum}, {@code oneOf}, {@code minimum}, {@code maximum}, {@code maxLength}.
 * Any other keyword in a schema is reported, so the document cannot drift outside what is checked.
 */
final class SchemaValidator {
  private static final java.util.Set<String> KNOWN = java.util.Set.of("$ref", "type", "properties", "required",
      "additionalProperties", "items", "enum", "oneOf", "minimum", "maximum", "maxLength", "description",
      "format", "default");
  private final JsonNode root;

  SchemaValidator(JsonNode openapi) {
    this.root = openapi;
  }

  /** The schema of a response: paths → path → method → responses → status → content → type → schema. */
  JsonNode responseSchema(String path, String method, int status, String contentType) {
    JsonNode s = root.path("paths").path(path).path(method).path("responses").path(String.valueOf(status))
        .path("content").path(contentType).path("schema");
    if (s.isMissingNode()) throw new AssertionError("openapi.json has no schema for " + method + " " + path + " " + status);
    return s;
  }

  JsonNode component(String name) {
    JsonNode s = root.path("components").path("schemas").path(name);
    if (s.isMissingNode()) throw new AssertionError("no component schema " + name);
    return s;
  }

  List<String> validate(JsonNode value, JsonNode schema) {
    List<String> errors = new ArrayList<>();
    check(value, schema, "$", errors);
    return errors;
  }

  private JsonNode resolve(JsonNode schema) {
    while (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!ref.startsWith("#/")) throw new AssertionError("only local $ref supported: " + ref);
      JsonNode n = root;
      for (String part : ref.substring(2).split("/")) n = n.path(part);
      if (n.isMissingNode()) throw new AssertionError("dangling $ref " + ref);
      schema = n;
    }
    return schema;
  }

  private void check(JsonNode v, JsonNode schemaOrRef, String at, List<String> errors) {
    JsonNode s = resolve(schemaOrRef);
    for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KNOWN.contains(k)) errors.add(at + ": schema uses unsupported keyword " + k);
    }
    if (s.has("oneOf")) {
      int ok = 0;
      for (JsonNode alt : s.get("oneOf")) {
        if (validate(v, alt).isEmpty()) ok++;
      }
      if (ok != 1) errors.add(at + ": matches " + ok + " of the oneOf alternatives, not exactly one");
    }
    if (s.has("type")) {
      List<String> types = new ArrayList<>();
      if (s.get("type").isArray()) s.get("type").forEach(t -> types.add(t.asText()));
      else types.add(s.get("type").asText());
      if (types.stream().noneMatch(t -> hasType(v, t))) {
        errors.add(at + ": expected " + types + " but found " + v.getNodeType());
        return;
      }
    }
    if (s.has("enum")) {
      boolean found = false;
      for (JsonNode e : s.get("enum")) found |= e.equals(v);
      if (!found) errors.add(at + ": " + v + " is not one of " + s.get("enum"));
    }
    if (v.isNumber()) {
      if (s.has("minimum") && v.asDouble() < s.get("minimum").asDouble()) errors.add(at + ": " + v + " < minimum");
      if (s.has("maximum") && v.asDouble() > s.get("maximum").asDouble()) errors.add(at + ": " + v + " > maximum");
    }
    if (v.isTextual() && s.has("maxLength") && v.asText().length() > s.get("maxLength").asInt())
      errors.add(at + ": longer than maxLength");
    if (v.isObject()) {
      JsonNode props = s.path("properties");
      for (JsonNode r : s.path("required")) {
        if (!v.has(r.asText())) errors.add(at + ": missing required property " + r.asText());
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        String where = at + "." + f.getKey();
        if (props.has(f.getKey())) {
          check(f.getValue(), props.get(f.getKey()), where, errors);
        } else if (s.has("additionalProperties")) {
          JsonNode ap = s.get("additionalProperties");
          if (ap.isBoolean()) {
            if (!ap.asBoolean()) errors.add(where + ": property not in the schema");
          } else {
            check(f.getValue(), ap, where, errors);
          }
        }
      }
    }
    if (v.isArray() && s.has("items")) {
      for (int i = 0; i < v.size(); i++) check(v.get(i), s.get("items"), at + "[" + i + "]", errors);
    }
  }

  private static boolean hasType(JsonNode v, String type) {
    return switch (type) {
      case "null" -> v.isNull();
      case "string" -> v.isTextual();
      case "integer" -> v.isIntegralNumber() || (v.isNumber() && v.asDouble() == Math.rint(v.asDouble()));
      case "number" -> v.isNumber();
      case "boolean" -> v.isBoolean();
      case "object" -> v.isObject();
      case "array" -> v.isArray();
      default -> throw new AssertionError("unknown type " + type);
    };
  }
}
