package dev.verdict.loader;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a directory tree and runs an action once the files have stopped changing for the
 * debounce interval: an editor's save, or a {@code git pull} of many files, reloads once. New
 * sub-directories are watched too. The action runs on the watcher's own daemon thread, one at a
 * time; an exception it throws is passed to the error handler and watching goes on.
 */
public final class DirectoryWatcher implements AutoCloseable {

    private final WatchService service;
    private final Thread thread;
    private final Duration debounce;
    private final Runnable action;

    private DirectoryWatcher(WatchService service, Duration debounce, Runnable action) {
        this.service = service;
        this.debounce = debounce;
        this.action = action;
        this.thread = new Thread(this::run, "verdict-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching {@code directory}; {@code onChange} runs after each quiet change. */
    public static DirectoryWatcher watch(Path directory, Duration debounce, Runnable onChange)
            throws IOException {
        WatchService service = directory.getFileSystem().newWatchService();
        DirectoryWatcher watcher = new DirectoryWatcher(service, debounce, onChange);
        watcher.registerTree(directory);
        watcher.thread.start();
        return watcher;
    }

    /** Watches {@code holder}'s directory and reloads it after each quiet change. */
    public static DirectoryWatcher reloading(PolicyHolder holder, Path directory,
                                             Duration debounce) throws IOException {
        return watch(directory, debounce, holder::reload);
    }

    /** Stops watching; a reload under way finishes first, on the watcher's thread. */
    @Override
    public void close() throws IOException {
        service.close();
    }

    private void run() {
        try {
            while (true) {
                handle(service.take());
                WatchKey more;
                while ((more = service.poll(debounce.toNanos(), TimeUnit.NANOSECONDS)) != null) {
                    handle(more);
                }
                runAction();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        }
    }

    private void runAction() {
        try {
            action.run();
        } catch (RuntimeException e) {
            Thread.currentThread().getUncaughtExceptionHandler()
                    .uncaughtException(Thread.currentThread(), e);
        }
    }

    private void handle(WatchKey key) {
        Path directory = (Path) key.watchable();
        key.pollEvents().forEach(event -> {
            if (event.kind() == ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(directory.resolve(name))) {
                registerQuietly(directory.resolve(name));
            }
        });
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path directory : walk.filter(Files::isDirectory).toList()) {
                directory.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        }
    }

    private void registerQuietly(Path directory) {
        try {
            registerTree(directory);
        } catch (IOException | UncheckedIOException e) {
            // the directory went away again: nothing in it to watch
        }
    }
}
