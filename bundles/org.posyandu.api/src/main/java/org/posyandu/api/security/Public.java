package org.posyandu.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a REST resource method (or every method of a resource class) callable without login. Only health, the
 * OpenAPI description, wilayah and login are public. A method with neither this nor {@link RequiresRole} is
 * refused to everyone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface Public {
}
