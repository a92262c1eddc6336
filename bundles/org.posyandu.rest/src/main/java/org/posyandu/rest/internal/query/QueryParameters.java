package org.posyandu.rest.internal.query;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Priorities;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Unknown query parameters are refused like unknown body fields: for every resource method of the application, core
 * and modules alike, the names it declares ({@code @QueryParam} on its parameters, on fields of the resource class and
 * inside {@code @BeanParam} beans) are collected once, when the JAX-RS runtime builds the method, and a
 * {@link QueryParameterFilter} answers 400 for any other name. Without this a misspelt filter ({@code ?noKK=}) is
 * silently ignored and the caller gets every row as if it had matched.
 */
@Component(service = DynamicFeature.class)
@JaxrsExtension
@JaxrsName(QueryParameters.NAME)
public final class QueryParameters implements DynamicFeature {
    public static final String NAME = "posyandu.queryParameters";

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || type == null || method.isAnnotationPresent(OpenQuery.class)) {
            return;
        }
        // after authentication and authorisation: an anonymous caller learns nothing about the parameters
        context.register(new QueryParameterFilter(declared(type, method)), Priorities.AUTHORIZATION + 100);
    }

    /** The query parameter names a resource method accepts. */
    static Set<String> declared(Class<?> type, Method method) {
        Set<String> names = new TreeSet<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                names.add(q.value());
            }
            if (p.isAnnotationPresent(BeanParam.class)) {
                addFields(p.getType(), names);
            }
        }
        addFields(type, names);
        return Set.copyOf(names);
    }

    private static void addFields(Class<?> type, Set<String> names) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                QueryParam q = f.getAnnotation(QueryParam.class);
                if (q != null) {
                    names.add(q.value());
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                QueryParam q = m.getAnnotation(QueryParam.class);
                if (q != null) {
                    names.add(q.value());
                }
            }
        }
    }
}
