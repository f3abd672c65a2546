package dev.verdict.bench.reference;

import dev.verdict.bench.Contender;
import dev.verdict.runtime.Decision;
import dev.verdict.runtime.RequestValues;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The reference policy in Drools (DRL compiled to the executable model): one rule per guard,
 * rule and {@code otherwise} over a {@link ReferenceFacts} fact, with salience in first-match
 * order. Absent optional fields are null and tested before they are compared. One stateful
 * session is reused: deciding inserts the fact, fires at most one rule (the matching one of
 * highest salience), and deletes the fact again. (An activation group instead of the limit of
 * one firing gives the same decisions about three times slower.) Not thread-safe;
 * {@link #close()} disposes the session.
 */
public final class DroolsReference implements Contender<ReferenceFacts>, AutoCloseable {

    /** In first-match order: the platform guard, the 14 rules, {@code otherwise}. */
    static final List<String> CONSTRAINTS = List.of(
            "request != \"cancel\", sinceDelivery != null, sinceDelivery > 43200,"
                    + " reason not in (\"damaged\", \"defective\") || sinceDelivery > 129600",
            "buyerCreditScore != null, buyerCreditScore < 60, request != \"cancel\"",
            "buyerRefunds30d >= 3",
            "request == \"cancel\", orderStatus in (\"unpaid\", \"awaiting_shipment\"),"
                    + " amount < 5000",
            "request == \"cancel\", orderStatus == \"in_transit\", amount <= 100000",
            "category == \"jewelry\", sinceDelivery != null, sinceDelivery > 10080",
            "category == \"beauty\", itemOpened != null, itemOpened == true",
            "request == \"refund_only\", amount < 1500",
            "request == \"return_and_refund\", returnShippingFee > amount, amount < 4000",
            "reason == \"size\", category in (\"womenswear\", \"menswear\", \"kids_fashion\"),"
                    + " request == \"replacement\", amount < 15000",
            "reason == \"size\", amount < 8000, request == \"return_and_refund\"",
            "reason in (\"damaged\", \"defective\"), amount < 3000,"
                    + " request in (\"refund_only\", \"return_and_refund\")",
            "reason == \"not_received\", orderStatus == \"in_transit\"",
            "amount >= 50000",
            "sinceDelivery != null, sinceDelivery > 43200",
            "");

    private final KieSession session;
    private final FiredRule fired = new FiredRule();

    public DroolsReference() {
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        files.write("src/main/resources/dev/verdict/bench/drools/reference.drl", drl());
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the reference DRL does not compile: " + errors);
        }
        KieContainer container =
                services.newKieContainer(services.getRepository().getDefaultReleaseId());
        session = container.newKieSession();
        session.setGlobal("fired", fired);
    }

    /** The DRL: each rule records its position in the global {@code fired}. */
    static String drl() {
        String header = "package dev.verdict.bench.drools;\n"
                + "import " + ReferenceFacts.class.getName() + ";\n"
                + "global " + FiredRule.class.getName() + " fired;\n";
        return header + IntStream.range(0, CONSTRAINTS.size())
                .mapToObj(i -> "rule \"" + ReferenceDecisions.at(i).rule() + "\"\n"
                        + "  salience " + (CONSTRAINTS.size() - i) + "\n"
                        + "when\n  ReferenceFacts(" + CONSTRAINTS.get(i) + ")\n"
                        + "then\n  fired.fire(" + i + ");\nend\n")
                .collect(Collectors.joining("\n"));
    }

    @Override
    public ReferenceFacts prepare(RequestValues request) {
        return new ReferenceFacts(request);
    }

    @Override
    public Decision decide(ReferenceFacts facts) {
        fired.reset();
        FactHandle handle = session.insert(facts);
        session.fireAllRules(1);
        session.delete(handle);
        return ReferenceDecisions.at(fired.position());
    }

    @Override
    public void close() {
        session.dispose();
    }
}
