package dev.verdict.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyHolderTest {

    @TempDir
    Path dir;

    @Test
    void aGoodReloadIsSwappedInAndCounted() throws Exception {
        Path file = Policies.write(dir, "sizes.policy", Policies.sizes(80));
        PolicyHolder holder = PolicyHolder.open(PolicyLoader.create(), dir);
        PolicySet first = holder.current();
        List<Reload> seen = new ArrayList<>();
        holder.onReload(seen::add);

        Files.writeString(file, Policies.sizes(40).replace("amount = 50", "amount = 30"));
        Reload reload = holder.reload();

        assertTrue(reload.accepted(), reload.load().report());
        assertEquals(2, holder.current().generation());
        assertSame(holder.current(), reload.active());
        assertEquals(List.of(reload), seen);
        assertEquals("manual_review",
                holder.current().policy("sizes").decide(Policies.sizeReturn("50")).outcome());
        assertEquals("approve_return_label",
                first.policy("sizes").decide(Policies.sizeReturn("50")).outcome());
    }

    @Test
    void aBrokenOrFailingReloadIsRefusedAndTheOldPoliciesKeepDeciding() throws Exception {
        Path file = Policies.write(dir, "sizes.policy", Policies.sizes(80));
        PolicyHolder holder = PolicyHolder.open(PolicyLoader.create(), dir);
        PolicySet first = holder.current();

        for (String text : List.of(Policies.BROKEN, Policies.FAILING_TEST)) {
            Files.writeString(file, text);
            Reload reload = holder.reload();
            assertFalse(reload.accepted());
            assertFalse(reload.load().report().isEmpty());
            assertSame(first, holder.current());
            assertSame(first, reload.active());
        }
    }

    @Test
    void aFirstLoadThatIsRefusedThrowsWithTheReport() throws Exception {
        Policies.write(dir, "sizes.policy", Policies.BROKEN);
        PolicyLoadException e = assertThrows(PolicyLoadException.class,
                () -> PolicyHolder.open(PolicyLoader.create(), dir));
        assertTrue(e.getMessage().contains("unknown field `reasn`"), e.getMessage());
        assertFalse(e.load().accepted());
    }
}
