package org.posyandu.api.warga;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told after a resident's record changed (whiteboard service), e.g. to recompute values derived from the birth
 * date or sex. Called after the change is committed; a listener that fails does not undo it.
 */
@ConsumerType
public interface WargaChangeListener {

    void changed(Warga before, Warga after);
}
