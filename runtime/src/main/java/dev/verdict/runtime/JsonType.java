package dev.verdict.runtime;

/** The type of one JSON value in a request, as the field decoders see it. */
enum JsonType {
    STRING, NUMBER, TRUE, FALSE, OBJECT, ARRAY
}
