package dev.verdict.diag.render;

import dev.verdict.diag.Severity;

/** ANSI colours for the human format, or plain text when disabled. */
record Paint(boolean enabled) {

    private static final String RESET = "\u001B[0m";

    String bold(String text) {
        return wrap("1", text);
    }

    String gutter(String text) {
        return wrap("1;34", text);
    }

    String help(String text) {
        return wrap("1;36", text);
    }

    String severity(Severity severity, String text) {
        return wrap(switch (severity) {
            case ERROR -> "1;31";
            case WARNING -> "1;33";
            case INFO -> "1;36";
        }, text);
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001B[" + code + "m" + text + RESET : text;
    }
}
