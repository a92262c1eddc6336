package org.posyandu.rest.internal.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the gate recognises in a request line. */
class GateFilterTest {

    @Test
    void findsCxfsWadlParameterInAnyEncoding() {
        assertTrue(GateFilter.asksForWadl("_wadl"));
        assertTrue(GateFilter.asksForWadl("_wadl=&x=1"));
        assertTrue(GateFilter.asksForWadl("a=b&%5Fwadl"));
        assertTrue(GateFilter.asksForWadl("_%77adl=1"));
        assertFalse(GateFilter.asksForWadl(null));
        assertFalse(GateFilter.asksForWadl("nama=_wadl&wadl=1"));
        assertFalse(GateFilter.asksForWadl("%zz=1"));
    }

    @Test
    void thePathUnderTheApiWhateverTheContext() {
        assertEquals("/health", GateFilter.pathWithinApi("/api/v1/health"));
        assertEquals("", GateFilter.pathWithinApi("/api/v1"));
        assertEquals("/posyandu/x", GateFilter.pathWithinApi("/api/v1/posyandu/x"));
        assertEquals("", GateFilter.pathWithinApi("/app/index.html"));
    }
}
