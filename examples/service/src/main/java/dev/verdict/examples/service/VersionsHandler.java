package dev.verdict.examples.service;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.verdict.loader.LoadedPolicy;
import dev.verdict.loader.PolicySet;
import dev.verdict.loader.Reload;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /versions}: the active version of each policy, the load they come from, and how
 * the last reload went:
 * <pre>
 * {"generation":3,"loadedAt":"…","reloadable":true,
 *  "policies":{"refunds":{"version":"sha256:…","label":null,"compiled":true},…},
 *  "lastReload":{"accepted":false,"report":"refunds.policy:7:6: error[E0201]: …"}}
 * </pre>
 * {@code POST /reload}: reloads the policy directory now; {@code 200} and the versions when the
 * new policies were swapped in, {@code 422} and the report when they were refused (the old ones
 * keep deciding), {@code 409} when the service decides with build-time classes only.
 */
final class VersionsHandler implements HttpHandler {

    static final String VERSIONS = "/versions";
    static final String RELOAD = "/reload";

    private final ActivePolicies policies;

    VersionsHandler(ActivePolicies policies) {
        this.policies = policies;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        JsonExchange json = new JsonExchange(exchange);
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(VERSIONS)) {
                if (json.isRead()) {
                    json.send(200, JsonExchange.toJson(versions()));
                } else {
                    json.sendMethodNotAllowed("GET, HEAD");
                }
            } else if (path.equals(RELOAD)) {
                if (exchange.getRequestMethod().equals("POST")) {
                    reload(json);
                } else {
                    json.sendMethodNotAllowed("POST");
                }
            } else {
                json.sendError(404, "no such resource: " + path, null);
            }
        }
    }

    private void reload(JsonExchange json) throws IOException {
        if (policies.holder() == null) {
            json.sendError(409, "this service decides with the classes generated at build "
                    + "time: start it with a policy directory to reload", null);
            return;
        }
        Reload reload = policies.holder().reload();
        json.send(reload.accepted() ? 200 : 422, JsonExchange.toJson(versions()));
    }

    private Map<String, Object> versions() {
        PolicySet set = policies.current();
        Map<String, Object> byName = new LinkedHashMap<>();
        for (LoadedPolicy policy : set.policies().values()) {
            Map<String, Object> version = new LinkedHashMap<>();
            version.put("version", policy.version().hash());
            version.put("label", policy.version().label());
            version.put("compiled", policy.compiled());
            byName.put(policy.name(), version);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("generation", set.generation());
        body.put("loadedAt", set.loadedAt().toString());
        body.put("reloadable", policies.holder() != null);
        body.put("policies", byName);
        Reload last = policies.lastReload();
        if (last != null) {
            Map<String, Object> reload = new LinkedHashMap<>();
            reload.put("accepted", last.accepted());
            reload.put("report", last.load().report());
            body.put("lastReload", reload);
        }
        return body;
    }
}
