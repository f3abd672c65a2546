package dev.verdict.pipeline;

/**
 * How {@link Compiler} runs: {@code defaultPlatform} (nullable) serves policies that name no
 * platform, as {@code --platform} does (a bundled name, or a path from the current directory);
 * {@code analyse} runs the analyses of SPEC §6 and §9 on a policy without errors.
 */
public record CompilerOptions(String defaultPlatform, boolean analyse) {
}
