package dev.verdict.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which keys a request may use at each level: a field's dotted path may be written nested
 * ({@code {"buyer": {"refunds_30d": 0}}}), flat ({@code "buyer.refunds_30d"}) or anything
 * between. A level is a <em>group</em> (the root, {@code buyer}, ...); at each, a key names a
 * field (an entry {@code >= 0}, its index) or a deeper group (an entry below 0). Immutable.
 */
final class FieldPaths {

    /** The group of the request object itself. */
    static final int ROOT = 0;
    /** What {@link #find} returns for a key that names neither a field nor a group. */
    static final int UNKNOWN = NameTable.ABSENT;

    private final List<String> groupPaths = new ArrayList<>();
    private final NameTable[] keys;

    /** {@code passthrough}: more paths whose groups a request may use (their keys are unknown). */
    FieldPaths(List<FieldSpec> fields, Collection<String> passthrough) {
        Map<String, Integer> groupIds = new LinkedHashMap<>();
        groupIds.put("", ROOT);
        List<String> paths = new ArrayList<>();
        fields.forEach(field -> paths.add(field.path()));
        paths.addAll(passthrough);
        for (String path : paths) {
            for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
                groupIds.putIfAbsent(path.substring(0, dot), groupIds.size());
            }
        }
        groupPaths.addAll(groupIds.keySet());
        keys = new NameTable[groupPaths.size()];
        for (int group = 0; group < keys.length; group++) {
            keys[group] = new NameTable(keysOf(groupPaths.get(group), fields, groupIds));
        }
    }

    private static Map<String, Integer> keysOf(String prefix, List<FieldSpec> fields,
                                               Map<String, Integer> groupIds) {
        Map<String, Integer> entries = new HashMap<>();
        String start = prefix.isEmpty() ? "" : prefix + ".";
        groupIds.forEach((path, group) -> {
            if (group != ROOT && path.startsWith(start) && path.length() > start.length()) {
                entries.put(path.substring(start.length()), groupEntry(group));
            }
        });
        for (int i = 0; i < fields.size(); i++) {
            String path = fields.get(i).path();
            if (path.startsWith(start)) {
                entries.put(path.substring(start.length()), i);
            }
        }
        return entries;
    }

    /** The entry for {@code key} inside {@code group}: a field index, a group, or UNKNOWN. */
    int find(int group, CharSequence key) {
        return keys[group].find(key);
    }

    static boolean isGroup(int entry) {
        return entry < 0 && entry != UNKNOWN;
    }

    /** The group an entry for which {@link #isGroup} holds stands for. */
    static int group(int entry) {
        return -1 - entry;
    }

    private static int groupEntry(int group) {
        return -1 - group;
    }

    int groupCount() {
        return groupPaths.size();
    }

    /** The dotted path of {@code key} inside {@code group}, for messages. */
    String path(int group, CharSequence key) {
        String prefix = groupPaths.get(group);
        return prefix.isEmpty() ? key.toString() : prefix + "." + key;
    }

    /** The dotted path of a group. */
    String path(int group) {
        return groupPaths.get(group);
    }
}
