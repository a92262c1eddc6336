package org.posyandu.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST resource method that reads or writes personal data: every call, allowed or refused, leaves
 * one {@link AuditEntry} (a read or a refusal written by the REST layer; a successful write's written by the core
 * service in the write's own transaction). The action defaults from the HTTP method (GET of one object {@code READ}, of a
 * list {@code LIST}, POST {@code CREATE}, PUT {@code UPDATE}, DELETE {@code DELETE}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {
    /** Object type, e.g. {@code warga}. */
    String value();

    /** Explicit action, e.g. {@code EXPORT}; empty to derive it from the HTTP method. */
    String action() default "";
}
