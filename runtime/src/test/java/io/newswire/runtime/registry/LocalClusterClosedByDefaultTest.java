package io.newswire.runtime.registry;

import io.newswire.core.CommonConfig;
import io.newswire.runtime.LocalCluster;
import io.newswire.schemas.registry.HttpSchemaRegistryClient;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The local cluster the demo runs: its registry honours Basic auth, and it listens on loopback only. */
class LocalClusterClosedByDefaultTest {
    private static final String USER_INFO = "newsroom:demo-secret";
    private static LocalCluster cluster;

    @BeforeAll
    static void start(@TempDir Path dir) {
        cluster = LocalCluster.start(dir, LocalCluster.Settings.defaults().withRegistryAuth(USER_INFO));
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @Test
    void anonymousWritesToTheDemoRegistryAreRefused() {
        String schema = RawHttp.schemaBody(SchemaBuilder.record("Hostile").namespace("io.newswire.test").fields().requiredString("x").endRecord().toString());
        String url = cluster.registryUrl();

        assertEquals(401, RawHttp.send("PUT", url + "/config/dispatches-value", "{\"compatibility\":\"NONE\"}", null).status());
        assertEquals(401, RawHttp.send("POST", url + "/subjects/dispatches-value/versions", schema, null).status());
        assertEquals(401, RawHttp.send("POST", url + "/subjects/dispatches-value/versions", schema, "newsroom:guess").status());
        assertEquals(401, RawHttp.send("GET", url + "/subjects", null, null).status());

        assertEquals(200, RawHttp.send("POST", url + "/subjects/dispatches-value/versions", schema, USER_INFO).status());
        assertEquals(USER_INFO, cluster.config().get(CommonConfig.REGISTRY_USER_INFO), "apps pointed at the cluster get the credentials");
        try (var client = new HttpSchemaRegistryClient(cluster.registryUrl(), cluster.config().get(CommonConfig.REGISTRY_USER_INFO))) {
            assertEquals(1, client.latest("dispatches-value").version());
        }
    }

    @Test
    void brokerAndRegistryListenOnLoopbackOnly() throws IOException {
        Path tcp = Path.of("/proc/net/tcp");
        assumeTrue(Files.isReadable(tcp), "no /proc/net/tcp to read listening sockets from");
        for (int port : List.of(URI.create(cluster.registryUrl()).getPort(), cluster.kafka().port())) {
            assertEquals(List.of("127.0.0.1"), listeningAddresses(port), "addresses listening on port " + port);
        }
    }

    /** The local addresses of the sockets listening on a port, from the kernel's tables. */
    private static List<String> listeningAddresses(int port) throws IOException {
        List<String> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.isReadable(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                String[] local = f[1].split(":");
                if (f[3].equals("0A") && Integer.parseInt(local[1], 16) == port) {
                    addresses.add(address(local[0]));
                }
            }
        }
        return addresses;
    }

    /** An address as /proc/net/tcp and tcp6 write it; a Java socket bound to 127.0.0.1 is often an IPv6 one, mapped (::ffff:127.0.0.1). */
    private static String address(String hex) {
        if (hex.length() == 8) {
            return ipv4(hex);
        }
        return hex.startsWith("0000000000000000FFFF0000") ? ipv4(hex.substring(24)) : hex.matches("0+") ? "::" : "IPv6 " + hex;
    }

    /** Little-endian hex: 0100007F is 127.0.0.1. */
    private static String ipv4(String hex) {
        long v = Long.parseLong(hex, 16);
        return (v & 0xff) + "." + ((v >> 8) & 0xff) + "." + ((v >> 16) & 0xff) + "." + ((v >> 24) & 0xff);
    }
}
