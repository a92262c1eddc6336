package org.posyandu.core.internal.warga;

import java.util.List;

import org.posyandu.api.warga.Warga;
import org.posyandu.api.warga.WargaChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the {@link WargaChangeListener}s of a committed change; one failing does not stop the others. */
final class WargaChanges {
    private static final Logger LOG = LoggerFactory.getLogger(WargaChanges.class);

    private WargaChanges() {
    }

    static void tell(List<WargaChangeListener> listeners, Warga before, Warga after) {
        for (WargaChangeListener l : listeners) {
            try {
                l.changed(before, after);
            } catch (RuntimeException e) {
                LOG.error("{} failed after resident {} changed; its derived values may be stale until recomputed",
                        l.getClass().getName(), after.id(), e);
            }
        }
    }
}
