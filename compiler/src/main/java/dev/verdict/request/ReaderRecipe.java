package dev.verdict.request;

import dev.verdict.runtime.FieldSpec;
import dev.verdict.runtime.RequestReader;
import dev.verdict.runtime.UnknownFields;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What a {@link RequestReader} is made of, as plain values that can be sent to another machine
 * (a Spark executor) and made into the same reader there.
 *
 * @param required by field index: the fields a request must carry
 */
public record ReaderRecipe(List<FieldSpec> fields, String currency, int decimals,
                           boolean[] required, Set<String> passthrough, UnknownFields unknown)
        implements Serializable {

    public ReaderRecipe {
        fields = List.copyOf(fields);
        required = required.clone();
        passthrough = Set.copyOf(passthrough);
    }

    /** A new reader of this recipe. */
    public RequestReader reader() {
        return new RequestReader(fields, currency, decimals, required, passthrough, unknown);
    }
}
