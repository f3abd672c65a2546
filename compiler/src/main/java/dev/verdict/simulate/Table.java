package dev.verdict.simulate;

import java.util.List;

/**
 * A table of a simulation report, as both the text and the HTML reports show it: columns, rows
 * of cell text, and a footer row (totals; empty for none). Cells are plain text, escaped by
 * whoever renders them.
 */
record Table(List<Column> columns, List<List<String>> rows, List<String> footer) {

    /** A column: its title, and whether it holds numbers (aligned right). */
    record Column(String title, boolean numeric) {
    }

    Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        footer = List.copyOf(footer);
    }

    static Column text(String title) {
        return new Column(title, false);
    }

    static Column number(String title) {
        return new Column(title, true);
    }
}
