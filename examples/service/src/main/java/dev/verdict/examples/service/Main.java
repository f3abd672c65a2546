package dev.verdict.examples.service;

import dev.verdict.loader.PolicyHolder;
import dev.verdict.loader.PolicyLoadException;
import dev.verdict.loader.PolicyLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;

/**
 * Starts the service: {@code java -jar verdict-service.jar [PORT]}, configured by the
 * environment ({@link ServiceConfig}). Logs one line when it is ready, and one per reload.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws IOException {
        ServiceConfig config;
        try {
            config = ServiceConfig.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("verdict-service: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            Service service = start(config, System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        } catch (PolicyLoadException e) {
            System.err.println("verdict-service: " + e.getMessage());
            System.exit(1);
        } catch (IllegalArgumentException e) {
            System.err.println("verdict-service: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Starts the service of {@code config}, saying where it listens on {@code out}. */
    static Service start(ServiceConfig config, PrintStream out)
            throws IOException, PolicyLoadException {
        ActivePolicies policies = config.policyDirectory() == null
                ? ActivePolicies.fixed(Policies.generated())
                : ActivePolicies.reloading(PolicyHolder.open(
                        PolicyLoader.create().withLabel(config.label()),
                        config.policyDirectory()));
        Service service = Service.start(new InetSocketAddress(config.host(), config.port()),
                policies, config);
        if (policies.holder() != null) {
            policies.holder().onReload(reload -> out.println(reload.accepted()
                    ? "verdict-service: reloaded " + config.policyDirectory()
                    : "verdict-service: kept the running policies; the new ones were refused:\n"
                            + reload.load().report().stripTrailing()));
        }
        InetSocketAddress address = service.address();
        out.println("verdict-service listening on http://" + address.getHostString() + ":"
                + address.getPort() + " with policies "
                + String.join(", ", policies.current().names())
                + (config.policyDirectory() == null ? ""
                        : " from " + config.policyDirectory() + " (reloaded on change)"));
        return service;
    }
}
