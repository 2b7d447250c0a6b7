package verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

  @Test
  void defaults() {
    ServerConfig c = ServerConfig.defaults();
    assertEquals(7070, c.port());
    assertEquals("localhost", c.bind());
    assertEquals(Path.of("corpus"), c.corpus());
    assertEquals(Path.of("index"), c.index());
    assertTrue(c.anyOrigin());
    assertTrue(c.allows("https://anything.example"));
    assertFalse(c.adminEnabled());
    assertEquals(600, c.rateLimit());
    assertEquals(10_000, c.headerTimeoutMillis());
    assertEquals(64, c.maxConnectionsPerClient());
  }

  @Test
  void connectionLimitsComeFromTheEnvironment() {
    ServerConfig c = ServerConfig.resolve(java.util.Map.of(),
        java.util.Map.of("VERBATIM_HEADER_TIMEOUT", "5", "VERBATIM_MAX_CONNECTIONS_PER_CLIENT", "16"));
    assertEquals(5_000, c.headerTimeoutMillis());
    assertEquals(16, c.maxConnectionsPerClient());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ServerConfig.resolve(java.util.Map.of(), java.util.Map.of("VERBATIM_HEADER_TIMEOUT", "0")));
    assertTrue(e.getMessage().contains("VERBATIM_HEADER_TIMEOUT"), e.getMessage());
  }

  @Test
  void flagsWinOverEnvironmentWhichWinsOverDefaults() {
    Map<String, String> env = Map.of("VERBATIM_PORT", "8080", "VERBATIM_BIND", "0.0.0.0",
        "VERBATIM_ADMIN_TOKEN", "from-env", "VERBATIM_RATE_LIMIT", "5", "VERBATIM_INDEX", "/srv/idx",
        "VERBATIM_CORPUS", "/srv/corpus", "VERBATIM_ORIGINS", "https://a.example, https://B.example/");
    ServerConfig fromEnv = ServerConfig.resolve(Map.of(), env);
    assertEquals(8080, fromEnv.port());
    assertEquals("0.0.0.0", fromEnv.bind());
    assertEquals("from-env", fromEnv.adminToken());
    assertEquals(5, fromEnv.rateLimit());
    assertEquals(Path.of("/srv/idx"), fromEnv.index());
    assertEquals(Path.of("/srv/corpus"), fromEnv.corpus());
    assertEquals(List.of("https://a.example", "https://b.example"), fromEnv.origins());
    assertTrue(fromEnv.allows("https://B.example"));
    assertFalse(fromEnv.allows("https://c.example"));

    ServerConfig flags = ServerConfig.resolve(Map.of("port", "9000", "admin-token", "from-flag", "origins", "*"), env);
    assertEquals(9000, flags.port());
    assertEquals("from-flag", flags.adminToken());
    assertTrue(flags.anyOrigin());
  }

  @Test
  void badValuesNameTheirSource() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ServerConfig.resolve(Map.of("port", "seventy"), Map.of()));
    assertTrue(e.getMessage().contains("--port"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.resolve(Map.of(), Map.of("VERBATIM_PORT", "70000")));
    assertTrue(e.getMessage().contains("VERBATIM_PORT"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.resolve(Map.of("rate-limit", "-1"), Map.of()));
    assertTrue(e.getMessage().contains("--rate-limit"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.resolve(Map.of("origins", "javascript:alert(1)"), Map.of()));
    assertTrue(e.getMessage().contains("--origins"), e.getMessage());
  }

  @Test
  void blankTokenMeansAdminDisabledAndToStringHidesTheToken() {
    assertNull(ServerConfig.resolve(Map.of("admin-token", "  "), Map.of()).adminToken());
    ServerConfig c = ServerConfig.resolve(Map.of("admin-token", "s3cret-value"), Map.of());
    assertFalse(c.toString().contains("s3cret-value"));
    assertTrue(c.toString().contains("admin=enabled"));
  }
}
