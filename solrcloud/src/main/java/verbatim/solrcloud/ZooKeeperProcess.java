package verbatim.solrcloud;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.zookeeper.server.ServerConfig;
import org.apache.zookeeper.server.ZooKeeperServerMain;
import org.apache.zookeeper.server.quorum.QuorumPeerConfig;

/** The local cluster's ZooKeeper (standalone, loopback only): runs until its process is stopped. */
final class ZooKeeperProcess {
  private ZooKeeperProcess() {}

  static void run(Path dir, int port) throws Exception {
    // ZooKeeper's own HTTP admin server would take port 8080: not needed here
    System.setProperty("zookeeper.admin.enableServer", "false");
    Path data = dir.resolve("zookeeper-data");
    Files.createDirectories(data);
    Properties p = new Properties();
    p.setProperty("dataDir", data.toString());
    p.setProperty("clientPort", Integer.toString(port));
    p.setProperty("clientPortAddress", "127.0.0.1");
    p.setProperty("tickTime", "2000");
    p.setProperty("maxClientCnxns", "0");
    p.setProperty("autopurge.snapRetainCount", "3");
    p.setProperty("autopurge.purgeInterval", "1");
    QuorumPeerConfig quorum = new QuorumPeerConfig();
    quorum.parseProperties(p);
    ServerConfig config = new ServerConfig();
    config.readFrom(quorum);
    new ZooKeeperServerMain().runFromConfig(config); // blocks while the server runs
  }
}
