package org.posyandu.rest.internal.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose query parameters are not declared with {@code @QueryParam} because another service
 * defines them (a module's report reads its own parameters): {@link QueryParameters} leaves such a method alone, and
 * the service behind it is responsible for refusing what it does not know.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OpenQuery {
}
