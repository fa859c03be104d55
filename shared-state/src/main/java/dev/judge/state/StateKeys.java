package dev.judge.state;

import io.lettuce.core.cluster.SlotHash;

/**
 * Every Redis key and channel the services use, in one place. Readers take a key from the event
 * that names it (an artifact key, a full-outputs key) rather than build it again.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><td>{@code state:{<id>}}</td><td>hash: a submission's state, its tests, its verdict (result-service; the API queues)</td></tr>
 * <tr><td>{@code output:{<id>}:<index>}</td><td>hash: one test's full stdout and stderr (run-service)</td></tr>
 * <tr><td>{@code outputs-kept:{<id>}}</td><td>string: bytes of output kept for a submission so far, against its budget (run-service)</td></tr>
 * <tr><td>{@code submission:{<id>}}</td><td>string: digest of the body a record first claimed an id with (compile-service)</td></tr>
 * <tr><td>{@code dispatched:{<id>}}</td><td>string: the submission's tests were all scheduled (compile-service)</td></tr>
 * <tr><td>{@code stop:{<id>}}</td><td>string: the lowest failing test of a stop-on-first-failure submission (run-service)</td></tr>
 * <tr><td>{@code publishing:{<id>}}</td><td>string: which result-service consumer is publishing the submission's verdict, for a few seconds (result-service)</td></tr>
 * <tr><td>{@code artifact:<sha256>}</td><td>string: a compiled program (compile-service writes, run-service reads)</td></tr>
 * <tr><td>{@code problem-data-collection}</td><td>string: the compile-service instance collecting unreferenced test data, while it does (compile-service)</td></tr>
 * <tr><td>{@code artifacts:last-use}</td><td>sorted set: artifact keys scored by their last use, for the memory guard (compile-service)</td></tr>
 * <tr><td>{@code judge0:<token>}</td><td>hash: what a Judge0 client sent, echoed by GET (api-service)</td></tr>
 * <tr><td>{@code callbacks:due}</td><td>sorted set: callbacks to send, scored by when (api-service)</td></tr>
 * <tr><td>{@code callbacks:attempts}</td><td>hash: attempts per callback (api-service)</td></tr>
 * <tr><td>{@code workers:<stage>:<instance>}</td><td>hash: an instance's sandbox boxes, refreshed while it lives</td></tr>
 * <tr><td>{@code toolchains}</td><td>hash: language to its installed toolchain, as JSON (compile-service)</td></tr>
 * <tr><td>{@code state-epoch:{<tag>}}</td><td>string: one per primary, in a slot it serves: the run id of the Redis process the state was last rebuilt for (result-service)</td></tr>
 * <tr><td>{@code judge:progress}</td><td>pub/sub channel: finished tests and verdicts (result-service publishes)</td></tr>
 * </table>
 *
 * <p>On a Redis Cluster a key's slot is the hash of its name, or of the part in braces when it
 * has one. The keys of one submission ({@code state}, {@code output}, {@code outputs-kept},
 * {@code submission}, {@code dispatched}, {@code stop}, {@code publishing}) carry {@code {id}}, so they share a slot:
 * the scripts and commands that touch several of them at once ({@code SubmissionStore}'s queuing
 * script reads {@code state} and {@code submission}) work on a cluster, and different submissions
 * still spread over every slot. Every other script and command touches one key. Artifacts, problem
 * test data and validators are keyed by content digest without a tag, on purpose: the largest
 * values spread over every primary instead of filling one. The few fixed keys ({@code toolchains},
 * {@code callbacks:*}, {@code artifacts:last-use}, {@code problems}) are small and each sits on one
 * primary. Channels are not keys: a message published on any node reaches subscribers on all.
 */
public final class StateKeys {

    public static final String CALLBACKS_DUE = "callbacks:due";
    public static final String CALLBACKS_ATTEMPTS = "callbacks:attempts";
    public static final String TOOLCHAINS = "toolchains";
    public static final String ARTIFACTS_LAST_USE = "artifacts:last-use";
    public static final String PROGRESS_CHANNEL = "judge:progress";

    private StateKeys() {
    }

    /*
     * Every key of one submission carries its id as a hash tag ({id}), so they share one Redis
     * Cluster slot and each script and multi-key command on them works on a cluster too.
     */

    public static String state(String submissionId) {
        return "state:{" + submissionId + "}";
    }

    public static String output(String submissionId, int index) {
        return "output:{" + submissionId + "}:" + index;
    }

    public static String outputsKept(String submissionId) {
        return "outputs-kept:{" + submissionId + "}";
    }

    public static String submission(String submissionId) {
        return "submission:{" + submissionId + "}";
    }

    public static String dispatched(String submissionId) {
        return "dispatched:{" + submissionId + "}";
    }

    public static String stop(String submissionId) {
        return "stop:{" + submissionId + "}";
    }

    public static String publishing(String submissionId) {
        return "publishing:{" + submissionId + "}";
    }

    /**
     * The run id of the Redis process whose data result-service last rebuilt, for the primary that
     * serves {@code slot} ({@link StateEpoch}): the tag is the smallest number hashing to that slot,
     * so the key is stored on that primary.
     */
    public static String stateEpoch(int slot) {
        int tag = 0;
        while (SlotHash.getSlot(Integer.toString(tag)) != slot) {
            tag++;
        }
        return "state-epoch:{" + tag + "}";
    }

    /** The key of an artifact whose content digest is {@code sha256Hex}. */
    public static String artifact(String sha256Hex) {
        return "artifact:" + sha256Hex;
    }

    /** The ids of every problem imported (a set). */
    public static final String PROBLEMS = "problems";
    /** Where compile-service announces each finished problem import, by request id. */
    public static final String PROBLEM_IMPORTS_CHANNEL = "judge:problem-imports";

    /** A problem's current version and its stored model (a hash: {@code version}, {@code problem}). */
    public static String problem(String problemId) {
        return "problem:" + problemId;
    }

    /** One version of a problem's stored model, kept while submissions may still use it. */
    public static String problemVersion(String problemId, String version) {
        return "problem-version:" + problemId + ":" + version;
    }

    /** A problem's test data file by the SHA-256 of its content (a hash of compressed chunks), shared by all problems. */
    public static String problemData(String sha256Hex) {
        return "problem-data:" + sha256Hex;
    }

    static final String PROBLEM_DATA_PREFIX = "problem-data:";

    static String problemDataPattern() {
        return PROBLEM_DATA_PREFIX + "*";
    }

    static String validatorPattern() {
        return "validator:*";
    }

    static String problemVersionPattern() {
        return "problem-version:*";
    }

    /** Held by the compile-service instance collecting unreferenced test data, so one collects at a time. */
    public static final String PROBLEM_DATA_COLLECTION = "problem-data-collection";

    /** A test data file being read, before its digest is known (an hour at most). */
    public static String problemDataUpload(String upload) {
        return "problem-data-upload:" + upload;
    }

    /** A problem's output validator, built like a program: by the digest of its language, toolchain and files. */
    public static String validator(String sha256Hex) {
        return "validator:" + sha256Hex;
    }

    /**
     * One chunk of a problem package uploaded over HTTP, until compile-service imports it (one key per
     * chunk, so a large package spreads over a cluster's slots).
     */
    public static String problemUpload(String uploadId, int chunk) {
        return "problem-upload:" + uploadId + ":" + chunk;
    }

    /** The outcome of one import request, for the client that waits on it. */
    public static String problemImport(String requestId) {
        return "problem-import:" + requestId;
    }

    public static String judge0(String token) {
        return "judge0:" + token;
    }

    public static String workers(String stage, String instance) {
        return "workers:" + stage + ":" + instance;
    }

    /** The pattern that matches every instance's key of a stage. */
    static String workersPattern(String stage) {
        return "workers:" + stage + ":*";
    }
}
