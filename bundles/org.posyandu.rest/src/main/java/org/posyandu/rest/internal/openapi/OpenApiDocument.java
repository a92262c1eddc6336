package org.posyandu.rest.internal.openapi;

import static org.posyandu.rest.internal.openapi.JsonSchemas.map;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.posyandu.api.security.AccessRule;
import org.posyandu.rest.internal.error.Problem;

/**
 * An OpenAPI 3.0 document generated from the JAX-RS annotations of the resource classes the API serves: paths
 * (class and method {@code @Path}, templates without their regular expressions), HTTP methods, path, query and
 * header parameters, request and response media types and schemas, and security from the platform's access
 * declarations ({@code @Public}: none; {@code @RequiresRole}: a bearer token, with the lowest role in
 * {@code x-minimum-role}). Every operation may also answer a problem document ({@code application/problem+json}).
 */
public final class OpenApiDocument {
    static final String OPENAPI_VERSION = "3.0.3";

    private OpenApiDocument() {
    }

    /** The document for {@code resources}, served under {@code base} (e.g. {@code /api/v1}). */
    public static Map<String, Object> of(List<Class<?>> resources, String base, String version) {
        JsonSchemas schemas = new JsonSchemas();
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        List<Class<?>> sorted = new ArrayList<>(resources);
        sorted.sort(Comparator.comparing(Class::getName));
        for (Class<?> resource : sorted) {
            Path root = resource.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            Method[] methods = resource.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            for (Method m : methods) {
                String http = httpMethod(m);
                if (http == null || Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                Path sub = m.getAnnotation(Path.class);
                String path = join(root.value(), sub == null ? "" : sub.value());
                paths.computeIfAbsent(path, p -> new TreeMap<>()).put(http.toLowerCase(java.util.Locale.ROOT),
                        operation(resource, m, schemas));
            }
        }
        Map<String, Object> components = map("securitySchemes", map("bearer", map("type", "http", "scheme", "bearer",
                "bearerFormat", "JWT", "description", "POST /auth/token answers the access_token")));
        components.put("schemas", schemas.components());
        return map("openapi", OPENAPI_VERSION,
                "info", map("title", "Posyandu API", "version", version,
                        "description", "Generated from the resources the platform serves; see docs/api.md."),
                "servers", List.of(map("url", base)), "paths", paths, "components", components);
    }

    private static Map<String, Object> operation(Class<?> resource, Method m, JsonSchemas schemas) {
        Map<String, Object> problem = schemas.of(Problem.class);
        Map<String, Object> op = new LinkedHashMap<>();
        String tag = resource.getSimpleName().replaceFirst("Resource$", "");
        op.put("tags", List.of(tag));
        op.put("operationId", tag + "." + m.getName());
        List<Object> parameters = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(Context.class)) {
                continue;
            }
            PathParam path = p.getAnnotation(PathParam.class);
            QueryParam query = p.getAnnotation(QueryParam.class);
            HeaderParam header = p.getAnnotation(HeaderParam.class);
            if (path != null) {
                parameters.add(parameter(path.value(), "path", true, schemas.of(p.getParameterizedType())));
            } else if (query != null) {
                parameters.add(parameter(query.value(), "query", false, schemas.of(p.getParameterizedType())));
            } else if (header != null) {
                parameters.add(parameter(header.value(), "header", false, schemas.of(p.getParameterizedType())));
            } else if (Arrays.stream(p.getAnnotations()).noneMatch(OpenApiDocument::isParameter)) {
                Map<String, Object> content = new LinkedHashMap<>();
                Consumes onMethod = m.getAnnotation(Consumes.class);
                Consumes onClass = resource.getAnnotation(Consumes.class);
                for (String type : types(onMethod != null ? onMethod.value() : onClass == null ? null : onClass.value())) {
                    content.put(type, map("schema", schemas.of(p.getParameterizedType())));
                }
                op.put("requestBody", map("required", true, "content", content));
            }
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        op.put("responses", responses(resource, m, schemas, problem));
        AccessRule rule = AccessRule.of(m, resource);
        if (rule.isPublic()) {
            op.put("security", List.of());
        } else {
            op.put("security", List.of(map("bearer", List.of())));
            op.put("x-minimum-role", rule.isDeclared() ? rule.minimum().name() : "NONE");
        }
        return op;
    }

    private static Map<String, Object> responses(Class<?> resource, Method m, JsonSchemas schemas,
            Map<String, Object> problem) {
        Map<String, Object> responses = new LinkedHashMap<>();
        Produces onMethod = m.getAnnotation(Produces.class);
        List<String> produces = types(onMethod != null ? onMethod.value() : valueOf(resource.getAnnotation(Produces.class)));
        if (m.getReturnType() == void.class) {
            responses.put("204", map("description", "done, no content"));
        } else if (m.getReturnType() == Response.class) {
            Map<String, Object> content = new LinkedHashMap<>();
            produces.forEach(type -> content.put(type, map("schema", new LinkedHashMap<>())));
            responses.put("2XX", map("description", "success", "content", content));
        } else {
            Map<String, Object> content = new LinkedHashMap<>();
            Map<String, Object> schema = schemas.of(m.getGenericReturnType());
            produces.forEach(type -> content.put(type, map("schema", schema)));
            responses.put("200", map("description", "success", "content", content));
        }
        responses.put("default", map("description", "a problem document (RFC 9457), status 4xx or 5xx",
                "content", map(Problem.MEDIA_TYPE, map("schema", problem))));
        return responses;
    }

    private static Map<String, Object> parameter(String name, String in, boolean required, Map<String, Object> schema) {
        return map("name", name, "in", in, "required", required, "schema", schema);
    }

    private static String[] valueOf(Produces produces) {
        return produces == null ? null : produces.value();
    }

    private static List<String> types(String[] declared) {
        return declared == null ? List.of(MediaType.APPLICATION_JSON) : List.of(declared);
    }

    /** Whether an annotation makes a parameter something other than the request body. */
    private static boolean isParameter(Annotation a) {
        return a instanceof Context || a instanceof PathParam || a instanceof QueryParam || a instanceof HeaderParam
                || a instanceof CookieParam || a instanceof FormParam || a instanceof MatrixParam || a instanceof BeanParam;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod h = a.annotationType().getAnnotation(HttpMethod.class);
            if (h != null) {
                return h.value();
            }
        }
        return null;
    }

    /** {@code posyandu} + {@code {id: [0-9a-f-]+}} → {@code /posyandu/{id}}. */
    static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}")
                .replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
