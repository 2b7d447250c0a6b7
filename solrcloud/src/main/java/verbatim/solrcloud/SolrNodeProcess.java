package verbatim.solrcloud;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * One Solr node of the local cluster: Solr's Jetty on 127.0.0.1:PORT/solr, its home in DIR/nodeI, in cloud mode
 * on the given ZooKeeper. Runs until its process is stopped; a node restarted on the same home and port takes
 * its replicas back (they recover from the shard leaders).
 */
final class SolrNodeProcess {
  private SolrNodeProcess() {}

  static void run(Path dir, int index, int port, String zkHost) throws Exception {
    Path home = dir.resolve("node" + index);
    Files.createDirectories(home);
    Path solrXml = home.resolve("solr.xml");
    if (!Files.exists(solrXml)) {
      try (InputStream in = SolrNodeProcess.class.getResourceAsStream("/solr.xml")) {
        Files.copy(in, solrXml);
      }
    }
    System.setProperty("host", "127.0.0.1");
    System.setProperty("jetty.host", "127.0.0.1");
    System.setProperty("solr.log.dir", dir.toString());
    Properties props = new Properties();
    props.setProperty("zkHost", zkHost);
    props.setProperty("hostPort", Integer.toString(port));
    JettyConfig config = JettyConfig.builder().setPort(port).setContext("/solr").stopAtShutdown(true).build();
    JettySolrRunner node = new JettySolrRunner(home.toString(), props, config);
    node.start();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        node.stop();
      } catch (Exception e) {
        System.err.println("stopping node " + index + ": " + e);
      }
    }, "node-stop"));
    System.out.println("node " + index + " serving " + node.getBaseUrl());
    Thread.currentThread().join();
  }
}
