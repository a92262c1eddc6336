package org.posyandu.rest.internal.cxf;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.URL;
import java.net.URLClassLoader;

import org.junit.jupiter.api.Test;

/** The resolver answers CXF's per-request class-loader question with the thread's own loader, and nothing else. */
class CxfLoaderFeatureTest {
    private final CxfLoaderFeature.ThreadLoader resolver = new CxfLoaderFeature.ThreadLoader();

    @Test
    void answersTheRequestLoaderQuestionWithTheThreadsLoader() {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        ClassLoader own = new URLClassLoader(new URL[0], before);
        thread.setContextClassLoader(own);
        try {
            assertSame(own, resolver.resolve("", ClassLoader.class));
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Test
    void leavesEveryOtherLookUpToTheBus() {
        assertNull(resolver.resolve("META-INF/cxf/bus-extensions.txt", ClassLoader.class));
        assertNull(resolver.resolve("", String.class));
        assertNull(resolver.getAsStream(""));
    }
}
