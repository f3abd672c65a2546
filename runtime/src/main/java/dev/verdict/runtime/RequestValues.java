package dev.verdict.runtime;

import java.util.Arrays;

/**
 * A request as flat values, by field index of the schema: each a {@code long} (see
 * {@link FieldSpec}) with a presence bit; a string field carries its text as well (its long is 0).
 * Immutable once built with {@link #builder(int)}; the
 * one a {@link RequestParser} returns is its reusable buffer, valid until it reads the next.
 */
public final class RequestValues {

    private final long[] values;
    private final boolean[] present;
    private final String[] texts;

    private RequestValues(long[] values, boolean[] present, String[] texts) {
        this.values = values;
        this.present = present;
        this.texts = texts;
    }

    /** Values over these arrays, not copied: a {@link RequestParser} refills them per request. */
    static RequestValues over(long[] values, boolean[] present, String[] texts) {
        return new RequestValues(values, present, texts);
    }

    public static Builder builder(int fieldCount) {
        return new Builder(fieldCount);
    }

    public int size() {
        return values.length;
    }

    public boolean isPresent(int field) {
        return present[field];
    }

    /** The field's value; meaningful only when {@link #isPresent(int)}. */
    public long value(int field) {
        return values[field];
    }

    /** The text of a present string field; null for fields of other kinds or when absent. */
    public String text(int field) {
        return texts[field];
    }

    /** A builder holding these values, to derive a changed request. */
    public Builder toBuilder() {
        Builder builder = new Builder(values.length);
        System.arraycopy(values, 0, builder.values, 0, values.length);
        System.arraycopy(present, 0, builder.present, 0, present.length);
        System.arraycopy(texts, 0, builder.texts, 0, texts.length);
        return builder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestValues r && Arrays.equals(present, r.present)
                && Arrays.equals(masked(), r.masked()) && Arrays.equals(texts, r.texts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(present) + Arrays.hashCode(masked()))
                + Arrays.hashCode(texts);
    }

    private long[] masked() {
        long[] masked = values.clone();
        for (int i = 0; i < masked.length; i++) {
            if (!present[i]) {
                masked[i] = 0;
            }
        }
        return masked;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RequestValues[");
        for (int i = 0; i < values.length; i++) {
            String value = texts[i] != null ? '"' + texts[i] + '"' : Long.toString(values[i]);
            text.append(i == 0 ? "" : ", ").append(present[i] ? value : "-");
        }
        return text.append(']').toString();
    }

    /** Collects values; {@link #build()} copies them, so a builder may be reused. */
    public static final class Builder {
        private final long[] values;
        private final boolean[] present;
        private final String[] texts;

        private Builder(int fieldCount) {
            values = new long[fieldCount];
            present = new boolean[fieldCount];
            texts = new String[fieldCount];
        }

        public Builder set(int field, long value) {
            values[field] = value;
            present[field] = true;
            texts[field] = null;
            return this;
        }

        /** Sets a string field's text; null makes it absent. */
        public Builder setText(int field, String text) {
            if (text == null) {
                return clear(field);
            }
            values[field] = 0;
            present[field] = true;
            texts[field] = text;
            return this;
        }

        public Builder clear(int field) {
            values[field] = 0;
            present[field] = false;
            texts[field] = null;
            return this;
        }

        public RequestValues build() {
            return new RequestValues(values.clone(), present.clone(), texts.clone());
        }
    }
}
