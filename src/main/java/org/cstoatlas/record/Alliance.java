package org.cstoatlas.record;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An alliance the record follows: the CSTO (the atlas's subject) or one seen beside it for context
 * (NATO, the CIS, the SCO, the EAEU, GUAM).
 *
 * @param id        the dataset's word for it: "csto", "nato"
 * @param name      its full English name
 * @param nameRu    its full Russian name
 * @param shortName "CSTO", "NATO"
 * @param shortNameRu "ОДКБ", "НАТО"
 * @param subject   true for the alliance the atlas is about: events that name no alliance are its own
 * @param bodies    its bodies, highest precedence first
 * @param statuses  the statuses its periods may carry, in {@link Status} order (never {@code NONE}):
 *                  a legend shows an entry only for these
 * @param note      the editor's word on the alliance as recorded, or null
 * @param noteRu    the same note in Russian, or null ({@link #note(Language)} falls back to English)
 */
public record Alliance(String id, String name, String nameRu, String shortName, String shortNameRu, boolean subject,
                       List<Body> bodies, Set<Status> statuses, String note, String noteRu) implements java.io.Serializable {

    public Alliance {
        bodies = List.copyOf(bodies);
        statuses = Set.copyOf(statuses);
    }

    /** The editor's note in the language, or null when the alliance has none. */
    public String note(Language language) {
        return language.pick(note, noteRu);
    }

    public Optional<Body> body(String bodyId) {
        return bodies.stream().filter(b -> b.id().equals(bodyId)).findFirst();
    }

    /** The statuses it has, in {@link Status} order: the legend's rows. */
    public List<Status> statusList() {
        return java.util.Arrays.stream(Status.values()).filter(statuses::contains).toList();
    }

    public boolean has(Status status) {
        return statuses.contains(status);
    }
}
