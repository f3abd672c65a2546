package dev.verdict.loader;

import dev.verdict.engine.Engines;
import dev.verdict.engine.NoJavaCompilerException;
import dev.verdict.interp.Interpreter;
import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.PolicyEvaluator;
import dev.verdict.runtime.PolicyVersion;
import java.util.List;

/**
 * The evaluators of one load: the policies' generated classes, compiled together in one javac
 * run into a fresh class loader (so a later load may reuse the class names); or, on a Java
 * runtime without a compiler, interpreters, with the reason kept in {@link #fallback()}.
 */
final class PolicyEvaluators {

    private final List<CheckedPolicy> policies;
    private final List<PolicyVersion> versions;
    private final List<PolicyEvaluator> compiled;
    private final String fallback;

    private PolicyEvaluators(List<CheckedPolicy> policies, List<PolicyVersion> versions,
                             List<PolicyEvaluator> compiled, String fallback) {
        this.policies = policies;
        this.versions = versions;
        this.compiled = compiled;
        this.fallback = fallback;
    }

    /** How the policies become bytecode: one javac run, in memory. */
    interface Bytecode {
        /** @throws NoJavaCompilerException on a Java runtime without a compiler */
        List<PolicyEvaluator> compile(List<CheckedPolicy> policies, List<PolicyVersion> versions);
    }

    /** The compiler of this Java runtime. */
    static final Bytecode JAVAC = PolicyEvaluators::compile;

    /**
     * Evaluators of {@code policies}: compiled by {@code bytecode}, or interpreted when it is
     * null or there is no compiler.
     */
    static PolicyEvaluators make(List<CheckedPolicy> policies, List<PolicyVersion> versions,
                                 Bytecode bytecode) {
        if (bytecode == null) {
            return new PolicyEvaluators(policies, versions, null, null);
        }
        try {
            return new PolicyEvaluators(policies, versions, bytecode.compile(policies, versions),
                    null);
        } catch (NoJavaCompilerException e) {
            return new PolicyEvaluators(policies, versions, null, e.getMessage());
        }
    }

    /** Why the policies are interpreted although compiling was asked for; null otherwise. */
    String fallback() {
        return fallback;
    }

    /** The policy at {@code index}, named {@code name}. */
    LoadedPolicy policy(String name, int index) {
        PolicyVersion version = versions.get(index);
        if (compiled != null) {
            return new LoadedPolicy(name, version, true, compiled.get(index),
                    compiled.get(index).requestReader());
        }
        CheckedPolicy policy = policies.get(index);
        return new LoadedPolicy(name, version, false, new Interpreter(policy),
                RequestFormat.of(policy).reader());
    }

    private static List<PolicyEvaluator> compile(List<CheckedPolicy> policies,
                                                 List<PolicyVersion> versions) {
        return Engines.compile(policies, versions.stream().map(PolicyVersion::hash).toList());
    }
}
