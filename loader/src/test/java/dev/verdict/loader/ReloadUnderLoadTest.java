package dev.verdict.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.runtime.Decision;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Reloads, in turn, a good pair of policies, a pair with an error and a pair whose test fails,
 * as fast as loading allows (a few milliseconds interpreted; every fifth good load compiled)
 * while 16 threads decide with both policies of the set they take. No decision may fail, and
 * none may be mixed: both policies of a set, and the version each decision reports, must come
 * from one load. A fixed number of reloads, 2 ms apart, within a generous time bound.
 */
class ReloadUnderLoadTest {

    private static final int THREADS = 16;
    private static final int RELOADS = 30;

    /** Two policies tagging every decision with {@code tag}, and a test that holds. */
    private static String policy(String tag, String expected) {
        return Policies.reviewAll(tag) + """
                test defaults: request = return_and_refund, reason = size, amount = 50,
                  category = womenswear, since_delivery = 3d, buyer.refunds_30d = 0
                test "everything goes to a person":
                  expect %s
                """.formatted(expected);
    }

    @Test
    void sixteenThreadsDecideWhileGoodBrokenAndFailingLoadsAlternate() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), this::decideWhileReloading);
    }

    private void decideWhileReloading() throws Exception {
        Map<String, String> tagByHash = new ConcurrentHashMap<>();
        AtomicInteger loads = new AtomicInteger();
        Supplier<PolicyLoad> source = () -> {
            int n = loads.getAndIncrement();
            String tag = "g" + n;
            String text = switch (n % 3) {
                case 0 -> policy(tag, "manual_review");
                case 1 -> policy(tag, "manual_review").replace("otherwise", "otherwize");
                default -> policy(tag, "approve_refund");
            };
            PolicyLoader loader = n % 15 == 0 ? PolicyLoader.create()
                    : PolicyLoader.create().interpreted();
            PolicyLoad load = loader.load(Map.of("a", text, "b", text), null);
            if (load.accepted()) {
                load.policies().policies().values()
                        .forEach(p -> tagByHash.put(p.version().hash(), tag));
            }
            return load;
        };
        PolicyHolder holder = PolicyHolder.open(source);

        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicLong decisions = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(THREADS);
        Map<String, Object> request = Policies.sizeReturn("50");
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                try {
                    while (running.get()) {
                        check(holder.current(), request, tagByHash, problems);
                        decisions.incrementAndGet();
                        Thread.yield();
                    }
                } catch (RuntimeException e) {
                    problems.add("decision failed: " + e);
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < RELOADS; i++) {
            PolicySet before = holder.current();
            Reload reload = holder.reload();
            if (reload.accepted()) {
                accepted++;
            } else {
                refused++;
                if (holder.current() != before) {
                    problems.add("a refused load replaced the policies");
                }
            }
            Thread.sleep(2);
        }
        running.set(false);
        done.await();

        assertEquals(List.of(), List.copyOf(problems));
        assertEquals(RELOADS / 3, accepted);
        assertEquals(RELOADS - RELOADS / 3, refused);
        assertTrue(decisions.get() > THREADS, decisions + " decisions");
    }

    private static void check(PolicySet set, Map<String, Object> request,
                              Map<String, String> tagByHash,
                              ConcurrentLinkedQueue<String> problems) {
        LoadedPolicy a = set.policy("a");
        LoadedPolicy b = set.policy("b");
        Decision first = a.decide(request);
        Decision second = b.decide(request);
        String tagA = first.obligations().get(0).args().get(0);
        String tagB = second.obligations().get(0).args().get(0);
        if (!first.outcome().equals("manual_review") || !tagA.equals(tagB)
                || !tagA.equals(tagByHash.get(a.version().hash()))) {
            problems.add("mixed decision in generation " + set.generation() + ": " + tagA + ", "
                    + tagB + ", version " + a.version());
        }
    }
}
