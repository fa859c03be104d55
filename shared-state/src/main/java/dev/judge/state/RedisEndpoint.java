package dev.judge.state;

import io.lettuce.core.RedisURI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where Redis is, read from the one setting {@code JUDGE_REDIS_URI}: a standalone server in
 * Lettuce's own form ({@code redis://[user:password@]host:port}, {@code rediss://} for TLS), or a
 * Redis Cluster, named by the scheme {@code redis-cluster://} ({@code rediss-cluster://} for TLS)
 * or by several comma-separated nodes: {@code redis-cluster://password@host1:port1,host2:port2}.
 * The credentials and the query apply to every node; any node of the cluster is enough to find
 * the others, and listing more keeps the client starting while one of them is down.
 *
 * @param cluster whether the nodes are seeds of a Redis Cluster
 * @param nodes the standalone server, or the cluster's seed nodes
 */
public record RedisEndpoint(boolean cluster, List<RedisURI> nodes) {

    private static final String CLUSTER_SUFFIX = "-cluster";

    public RedisEndpoint {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty() || (!cluster && nodes.size() > 1)) {
            throw new IllegalArgumentException("a standalone Redis is one node");
        }
    }

    /** Reads the setting; throws {@link IllegalArgumentException} naming what is wrong. */
    public static RedisEndpoint parse(String uri) {
        int schemeEnd = uri.indexOf("://");
        if (schemeEnd < 0) {
            throw new IllegalArgumentException("JUDGE_REDIS_URI needs a scheme (redis://, rediss://, redis-cluster://): " + redact(uri));
        }
        String scheme = uri.substring(0, schemeEnd);
        boolean namedCluster = scheme.endsWith(CLUSTER_SUFFIX);
        String nodeScheme = namedCluster ? scheme.substring(0, scheme.length() - CLUSTER_SUFFIX.length()) : scheme;
        String rest = uri.substring(schemeEnd + 3);
        int at = rest.lastIndexOf('@');
        String userInfo = at < 0 ? "" : rest.substring(0, at + 1);
        String afterUser = rest.substring(at + 1);
        int pathStart = firstOf(afterUser, '/', '?');
        String hosts = afterUser.substring(0, pathStart);
        String tail = afterUser.substring(pathStart);
        List<RedisURI> nodes = new ArrayList<>();
        for (String host : hosts.split(",")) {
            if (host.isBlank()) {
                throw new IllegalArgumentException("JUDGE_REDIS_URI names an empty node: " + redact(uri));
            }
            nodes.add(RedisURI.create(nodeScheme + "://" + userInfo + host.trim() + tail));
        }
        return new RedisEndpoint(namedCluster || nodes.size() > 1, nodes);
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) {
            return j < 0 ? s.length() : j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    /** The setting without its credentials, for messages. */
    static String redact(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }
}
