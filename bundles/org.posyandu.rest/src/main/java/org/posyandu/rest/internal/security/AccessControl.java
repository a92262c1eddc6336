package org.posyandu.rest.internal.security;

import java.lang.reflect.Method;
import java.util.Arrays;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.DynamicFeature;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.FeatureContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.posyandu.api.security.AccessRule;
import org.posyandu.api.security.AuditService;
import org.posyandu.api.security.Audited;
import org.posyandu.api.security.AuthService;

/**
 * Puts a {@link MethodGuard} in front of every resource method of the application, core and modules alike,
 * as the JAX-RS runtime builds it. A method without an access declaration gets a guard that refuses
 * everyone: deny by default.
 */
@Component(service = DynamicFeature.class)
@JaxrsExtension
@JaxrsName(AccessControl.NAME)
public final class AccessControl implements DynamicFeature {
    public static final String NAME = "posyandu.access";
    private final AuthService auth;
    private final AuditService audit;

    @Activate
    public AccessControl(@Reference AuthService auth, @Reference AuditService audit) {
        this.auth = auth;
        this.audit = audit;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        String httpMethod = Arrays.stream(method.getAnnotations())
                .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null)
                .map(HttpMethod::value).findFirst().orElse("");
        Path path = method.getAnnotation(Path.class);
        boolean oneObject = path != null && path.value().endsWith("{id}");
        context.register(new MethodGuard(type.getSimpleName() + "." + method.getName(), AccessRule.of(method, type),
                method.getAnnotation(Audited.class), httpMethod, oneObject, auth, audit), Priorities.AUTHENTICATION);
    }
}
