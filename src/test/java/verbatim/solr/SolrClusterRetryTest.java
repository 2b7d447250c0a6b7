package verbatim.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which transport failures send a request on to another node: those where the node gave no answer at all. */
class SolrClusterRetryTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      HTTP/1.1 header parser received no bytes | true
      connection closed                        | true
      Unsupported media type                   | false
      """)
  void anIoFailureWithNoAnswerIsRetried(String message, boolean retried) {
    assertEquals(retried, SolrCluster.retriable(new IOException(message)));
    assertEquals(retried, SolrCluster.retriable(new IOException("wrapped", new IOException(message))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Connection refused"})
  void aRefusedConnectionIsRetried(String message) {
    assertEquals(true, SolrCluster.retriable(new ConnectException(message)));
  }
}
