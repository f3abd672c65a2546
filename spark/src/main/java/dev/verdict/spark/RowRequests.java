package dev.verdict.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/** How the rows of a history are requests: each row written as one JSON request. */
interface RowRequests extends Serializable {

    /**
     * Writes {@code row}'s request into {@code out} (cleared first); returns null, or why the
     * row is no request at all (then {@code out} is not used).
     */
    String write(Row row, JsonBuffer out);
}
