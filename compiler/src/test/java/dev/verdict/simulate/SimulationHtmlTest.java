package dev.verdict.simulate;

import static dev.verdict.simulate.Policies.checked;
import static dev.verdict.simulate.Policies.replay;
import static dev.verdict.simulate.Policies.request;
import static dev.verdict.simulate.Policies.simulator;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verdict.ir.CheckedPolicy;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SimulationHtmlTest {

    private static final String EVIL = "</td><script>alert(1)</script>";
    private static final CheckedPolicy POLICY = checked("<b>p</b>.policy", """
            rule "%s": when request = refund_only then approve_refund
            rule "a & 'b'": when reason = damaged then manual_review
            """.formatted(EVIL.replace("\"", "\\\"")));
    private static final CheckedPolicy OLD = checked("old.policy", "otherwise manual_review\n");

    private static String page() {
        return SimulationHtml.render(replay(simulator(POLICY, OLD, 5),
                request("refund_only", "size", "10.00"), request("cancel", "damaged", "1.00"),
                "{\"request\":\"cancel\",\"reason\":\"size\",\"amount\":\"</script>\"}", "<x>"));
    }

    @Test
    void escapesEveryTextFromThePolicyAndTheHistory() {
        String html = page();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b>p"), html);
        assertFalse(html.contains("<x>"), html);
        assertTrue(html.contains("&quot;&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;"),
                html);
        assertTrue(html.contains("&quot;a &amp; &#39;b&#39;&quot;"), html);
        assertTrue(html.contains("<h1>Simulation of <code>&lt;b&gt;p&lt;/b&gt;.policy</code>"));
    }

    @Test
    void isSelfContained() {
        String html = page();
        assertTrue(html.startsWith("<!DOCTYPE html>\n"));
        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""));
        assertFalse(Pattern.compile("\\b(src|href)=|url\\(|@import|https?:").matcher(html).find(),
                "fetches nothing");
        assertEquals(1, html.split("<style>", -1).length - 1);
    }

    @Test
    void showsTheSameTablesAsTheText() {
        String html = page();
        for (String section : new String[] {"<h2>Outcomes</h2>", "<h2>Rules</h2>",
                "<h2>Against <code>old.policy</code></h2>", "<h2>First changed requests</h2>",
                "<h2>Invalid lines</h2>"}) {
            assertTrue(html.contains(section), section);
        }
        assertTrue(html.contains("<tfoot>\n<tr><td class=\"text\">total</td>"
                + "<td class=\"num\">2</td><td class=\"num\">100.0%</td>"
                + "<td class=\"num\">11.00</td><td class=\"num\">10.00</td></tr>"), html);
        assertTrue(html.contains("<i style=\"width:50.0%\"></i>"), html);
    }
}
