package dev.judge.sandbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed set of initialised boxes, reused run after run. Box ids are claimed with lock files
 * held for the pool's life, so pools in several JVMs on one host never share a box. Concurrency
 * is bounded by the boxes: {@link #acquire()} waits for a free one. A box that can be neither
 * wiped nor initialised again (its file system full, say) is out of the pool ({@link #lost()})
 * until it can: the pool tries again every {@link #HEAL_EVERY}, keeping its id claimed.
 */
public final class BoxPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BoxPool.class);
    /** How often the pool tries to bring lost boxes back. */
    public static final Duration HEAL_EVERY = Duration.ofSeconds(10);

    private final SandboxSettings settings;
    private final Launcher launcher;
    private final List<Claim> claims = new ArrayList<>();
    private final BlockingQueue<Box> idle = new LinkedBlockingQueue<>();
    private final java.util.Set<Integer> lost = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ScheduledExecutorService healer =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "box-pool-healer");
                t.setDaemon(true);
                return t;
            });
    private volatile boolean closed;

    public BoxPool(SandboxSettings settings) throws IOException {
        this.settings = settings;
        this.launcher = new Launcher(settings);
        Files.createDirectories(settings.lockDirectory(),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            for (int id = settings.firstBoxId(); id < settings.maxBoxId() && claims.size() < settings.poolSize(); id++) {
                Optional<Claim> claim = claim(id);
                if (claim.isEmpty()) {
                    continue;
                }
                try {
                    idle.add(initialise(claim.get()));
                    claims.add(claim.get());
                } catch (IOException e) {
                    // Still in use by a launcher whose owner died, for instance: try the next id.
                    log.warn("Box {} could not be initialised, skipping it: {}", id, e.getMessage());
                    claim.get().release();
                }
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        if (claims.size() < settings.poolSize()) {
            close();
            throw new IOException("only " + claims.size() + " of " + settings.poolSize() + " box ids in ["
                    + settings.firstBoxId() + ", " + settings.maxBoxId() + ") are free");
        }
        healer.scheduleWithFixedDelay(this::heal, HEAL_EVERY.toMillis(), HEAL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Initialises each lost box again; those that still fail stay lost until the next try. */
    private void heal() {
        for (Integer id : List.copyOf(lost)) {
            if (closed) {
                return;
            }
            Optional<Claim> claim = claims.stream().filter(c -> c.id() == id).findFirst();
            if (claim.isEmpty()) {
                lost.remove(id);
                continue;
            }
            try {
                Box box = initialise(claim.get());
                lost.remove(id);
                idle.add(box);
                log.info("Box {} is initialised again and back in the pool", id);
            } catch (IOException | RuntimeException e) {
                log.debug("Box {} still cannot be initialised: {}", id, e.getMessage());
            }
        }
    }

    private Optional<Claim> claim(int id) throws IOException {
        Path lockFile = settings.lockDirectory().resolve("box-" + id + ".lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new Claim(id, channel, lock));
            }
        } catch (OverlappingFileLockException e) {
            // Claimed by another pool of this JVM.
        }
        channel.close();
        return Optional.empty();
    }

    private Box initialise(Claim claim) throws IOException {
        try {
            Path dir = launcher.init(claim.id());
            Path meta = settings.lockDirectory().resolve("box-" + claim.id() + ".meta");
            return new Box(claim.id(), dir, meta, launcher, settings);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while initialising box " + claim.id(), e);
        }
    }

    /** Takes a free box, waiting for one if all are in use. */
    public Box acquire() throws InterruptedException {
        return idle.take();
    }

    /** Takes a free box if one frees up within the timeout. */
    public Optional<Box> tryAcquire(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(idle.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Gives a box back: wiped, or re-initialised if it failed. */
    public void release(Box box) {
        if (closed) {
            return;
        }
        if (!box.broken()) {
            try {
                box.wipe();
                idle.add(box);
                return;
            } catch (IOException e) {
                log.warn("Box {} could not be wiped, re-initialising it: {}", box.id(), e.getMessage());
            }
        }
        Claim claim = claims.stream().filter(c -> c.id() == box.id()).findFirst().orElseThrow();
        try {
            idle.add(initialise(claim));
        } catch (IOException e) {
            lost.add(box.id());
            log.error("Box {} could not be re-initialised and is out of the pool until it can be (tried every {} s): {}",
                    box.id(), HEAL_EVERY.toSeconds(), e.getMessage());
        }
    }

    /** Runs work with a box and always gives it back. */
    public <T> T withBox(Function<Box, T> work) throws InterruptedException {
        Box box = acquire();
        try {
            return work.apply(box);
        } finally {
            release(box);
        }
    }

    /** Like {@link #withBox}, for callers that treat interruption as a failure. */
    public <T> T withBoxUnchecked(Function<Box, T> work) {
        try {
            return withBox(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a box", e);
        }
    }

    public int size() {
        return claims.size();
    }

    public int available() {
        return idle.size();
    }

    /** Boxes out of the pool because they could not be initialised again (see {@link #HEAL_EVERY}). */
    public int lost() {
        return lost.size();
    }

    public SandboxSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        closed = true;
        healer.shutdownNow();
        try {
            // A box being initialised again is not cleaned up under the healer's feet.
            healer.awaitTermination(35, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Claim claim : claims) {
            try {
                launcher.cleanup(claim.id());
            } catch (IOException e) {
                log.warn("Box {} could not be cleaned up: {}", claim.id(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            claim.release();
        }
        claims.clear();
        idle.clear();
        launcher.close();
    }

    /** A box id this pool owns, and the lock that says so. */
    private record Claim(int id, FileChannel channel, FileLock lock) {
        void release() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                log.warn("Lock of box {} could not be released: {}", id, e.getMessage());
            }
        }
    }
}
