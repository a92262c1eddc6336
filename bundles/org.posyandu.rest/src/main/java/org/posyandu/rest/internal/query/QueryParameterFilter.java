package org.posyandu.rest.internal.query;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;

import org.posyandu.api.error.FieldError;
import org.posyandu.rest.internal.error.Problem;

/** Refuses a request to one resource method that carries a query parameter the method does not declare. */
final class QueryParameterFilter implements ContainerRequestFilter {
    static final String RULE = "query.unknown";

    private final Set<String> declared;

    QueryParameterFilter(Set<String> declared) {
        this.declared = declared;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> unknown = request.getUriInfo().getQueryParameters().keySet().stream()
                .filter(name -> !name.isEmpty() && !declared.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            request.abortWith(problem(unknown, declared).toResponse());
        }
    }

    static Problem problem(List<String> unknown, Set<String> declared) {
        String allowed = declared.isEmpty() ? "tidak ada" : declared.stream().sorted().collect(Collectors.joining(", "));
        String allowedEn = declared.isEmpty() ? "none" : declared.stream().sorted().collect(Collectors.joining(", "));
        List<FieldError> errors = unknown.stream().map(name -> new FieldError(name, RULE,
                "Parameter '" + name + "' tidak dikenal di alamat ini. Parameter yang boleh: " + allowed + ".",
                "Unknown query parameter '" + name + "' for this address. Allowed: " + allowedEn + ".")).toList();
        return Problem.of(400, "unknown-parameter", "Parameter tidak dikenal", "Unknown query parameter",
                "Alamat ini tidak mengenal parameter " + String.join(", ", unknown) + ".",
                "This address does not take the query parameter(s) " + String.join(", ", unknown) + ".", errors);
    }
}
