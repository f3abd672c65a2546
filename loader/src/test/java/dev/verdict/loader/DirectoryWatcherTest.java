package dev.verdict.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWatcherTest {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void aSavedFileAndANewFolderReloadTheHolder() throws Exception {
        Path file = Policies.write(dir, "sizes.policy", Policies.sizes(80));
        PolicyHolder holder = PolicyHolder.open(PolicyLoader.create().interpreted(), dir);
        LinkedBlockingQueue<Reload> reloads = new LinkedBlockingQueue<>();
        holder.onReload(reloads::add);
        try (DirectoryWatcher watcher =
                     DirectoryWatcher.reloading(holder, dir, Duration.ofMillis(100))) {
            Files.writeString(file, Policies.sizes(60));
            Reload edited = reloads.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertTrue(edited.accepted(), edited.load().report());

            Files.createDirectories(dir.resolve("eu"));
            Thread.sleep(300);
            Policies.write(dir, "eu/review.policy", Policies.reviewAll("eu"));
            Reload added = awaitPolicies(reloads, List.of("eu/review", "sizes"));
            assertTrue(added.accepted(), added.load().report());
        }
        assertEquals("manual_review",
                holder.current().policy("sizes").decide(Policies.sizeReturn("70")).outcome());
    }

    private static Reload awaitPolicies(LinkedBlockingQueue<Reload> reloads, List<String> names)
            throws InterruptedException {
        while (true) {
            Reload reload = reloads.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (reload == null || reload.active().names().equals(names)) {
                return reload;
            }
        }
    }
}
