package dev.verdict.cli;

import dev.verdict.ir.CheckedPolicy;
import dev.verdict.request.RequestFormat;
import dev.verdict.runtime.InvalidRequestException;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.RequestValues;

/** Reads requests written as JSON for one policy. */
final class RequestDecoder {

    private final RequestReader reader;

    RequestDecoder(CheckedPolicy policy) {
        this.reader = RequestFormat.of(policy).reader();
    }

    /**
     * The values of the request in {@code json}.
     *
     * @throws InvalidRequestException naming the field, when the request is malformed or invalid
     */
    RequestValues decode(String json) {
        return reader.read(json);
    }
}
