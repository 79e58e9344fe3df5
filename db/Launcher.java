import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.impl.index.LuceneSettings;

/**
 * Starts the Neo4j 5.26 Community engine with its Bolt connector, for development and tests.
 *
 * Arguments: dataDir host port user password.
 * Prints "NEO4J_READY bolt://host:port" once Bolt answers; stops when its standard input closes
 * (the Node parent died or asked it to stop) or on SIGTERM/SIGINT, so no Java process outlives its parent.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println("usage: Launcher <dataDir> <host> <port> <user> <password>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    String host = args[1];
    int port = Integer.parseInt(args[2]);
    String user = args[3];
    String password = args[4];

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
        // Stop quickly: give running transactions 2 s (not 10) to end when asked to stop.
        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
        // Lucene's buffer while an index is first populated (an internal setting; 50 MB by default):
        // 256 MB took the full-text index over 1,000,000 imported units from 20 s to 10 s
        // (bench/README.md, "Seed load"). Used only during population, then freed.
        .setConfig(LuceneSettings.lucene_population_ram_buffer_size, 256.0)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    ensureUser(system, user, password);

    System.out.println("NEO4J_READY bolt://" + host + ":" + port);
    System.out.flush();

    // Exit when the parent closes our stdin (or dies): no stray Java process.
    InputStream in = System.in;
    try {
      while (in.read() != -1) {
        // ignore input
      }
    } catch (IOException ignored) {
      // parent gone
    }
    System.exit(0);
  }

  private static void ensureUser(GraphDatabaseService system, String user, String password) {
    boolean exists = system.executeTransactionally(
        "SHOW USERS YIELD user WHERE user = $user RETURN count(*) AS n",
        java.util.Map.of("user", user),
        r -> ((Number) r.next().get("n")).longValue() > 0);
    if (exists) {
      try {
        system.executeTransactionally(
            "ALTER USER " + quote(user) + " SET PASSWORD $pw CHANGE NOT REQUIRED",
            java.util.Map.of("pw", password));
      } catch (RuntimeException e) {
        // A restart on the same data folder with the same password: nothing to change.
        if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
      }
    } else {
      system.executeTransactionally(
          "CREATE USER " + quote(user) + " SET PASSWORD $pw CHANGE NOT REQUIRED",
          java.util.Map.of("pw", password));
    }
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
