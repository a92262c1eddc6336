package org.posyandu.core.internal.db;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** Services a test needs answered by name of method; any other call fails the test loudly. */
public final class Stubs {
    private Stubs() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T stub(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return answer.apply(args);
        });
    }
}
