package dev.verdict.cli;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.JsonRequests;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.RequestValues;
import dev.verdict.runtime.UnknownFields;

/** Reads requests written as JSON for one policy. */
final class RequestDecoder {

    private final RequestReader reader;

    /** {@code unknown}: what to do with fields the schema neither declares nor passes through. */
    RequestDecoder(CheckedPolicy policy, UnknownFields unknown) {
        this.reader = RequestFormat.of(policy, unknown).reader();
    }

    /**
     * The values of the request in {@code json}.
     *
     * @throws InvalidRequestException naming the field, when the request is malformed or invalid
     */
    RequestValues decode(String json) {
        return reader.read(JsonRequests.parse(json));
    }
}
