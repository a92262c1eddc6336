package org.posyandu.anthro;

/** How a child's length/height was measured. */
public enum Position {
    /** Lying down: length (expected under 24 months). */
    RECUMBENT,
    /** Standing: height (expected from 24 months). */
    STANDING
}
