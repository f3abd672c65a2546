package dev.verdict.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.examples.policies.JewelryPolicy;
import dev.verdict.examples.policies.RefundsPolicy;
import dev.verdict.loader.PolicyLoad;
import dev.verdict.loader.PolicyLoader;
import dev.verdict.loader.PolicySet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The classes the Maven plugin generated from {@code src/main/verdict} and the policies the
 * loader reads from it at run time carry one version each: the content hash of the policy, its
 * profile and its schema.
 */
class BuildAndRunTimeVersionsTest {

    @Test
    void generatedAndLoadedVersionsOfTheSameFilesAgree() {
        PolicyLoad load = PolicyLoader.create().load(Path.of("src/main/verdict"));
        assertTrue(load.accepted(), load.report());
        PolicySet loaded = load.policies();
        PolicySet generated = Policies.generated();

        assertEquals(generated.names(), loaded.names());
        for (String name : loaded.names()) {
            assertEquals(generated.policy(name).version(), loaded.policy(name).version(), name);
        }
        assertEquals(RefundsPolicy.VERSION_HASH, loaded.policy("refunds").version().hash());
        assertEquals(JewelryPolicy.VERSION_HASH, loaded.policy("jewelry").version().hash());
    }
}
