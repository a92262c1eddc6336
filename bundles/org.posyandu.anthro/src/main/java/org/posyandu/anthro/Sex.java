package org.posyandu.anthro;

/** Sex as the WHO tables code it: 1 boys, 2 girls. */
public enum Sex {
    MALE, FEMALE;

    int index() {
        return ordinal();
    }
}
