package org.posyandu.rest.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import javax.ws.rs.BeanParam;
import javax.ws.rs.GET;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;
import org.posyandu.rest.internal.error.Problem;

class QueryParametersTest {

    static class Paging {
        @QueryParam("offset")
        String offset;
        private String limit;

        @QueryParam("limit")
        void setLimit(String limit) {
            this.limit = limit;
        }
    }

    static class Resource {
        @QueryParam("debug")
        String debug;

        @GET
        public String list(@PathParam("id") String id, @QueryParam("noKk") String noKk, @QueryParam("ibuId") String ibuId,
                @BeanParam Paging paging) {
            return id + noKk + ibuId + paging;
        }
    }

    @Test
    void collectsTheParametersOfTheMethodItsBeanParamsAndItsClass() throws Exception {
        assertEquals(Set.of("noKk", "ibuId", "offset", "limit", "debug"), QueryParameters.declared(Resource.class,
                Resource.class.getMethod("list", String.class, String.class, String.class, Paging.class)));
    }

    @Test
    void theAnswerNamesEveryUnknownParameterAndWhatIsAllowed() {
        Problem p = QueryParameterFilter.problem(List.of("noKK", "x"), Set.of("noKk", "ibuId"));
        assertEquals(400, p.status());
        assertEquals("urn:posyandu:problem:unknown-parameter", p.type());
        assertEquals(List.of("noKK query.unknown", "x query.unknown"),
                p.errors().stream().map(e -> e.field() + " " + e.rule()).toList());
        assertEquals("Parameter 'noKK' tidak dikenal di alamat ini. Parameter yang boleh: ibuId, noKk.",
                p.errors().get(0).message());
        assertEquals("Unknown query parameter 'noKK' for this address. Allowed: ibuId, noKk.",
                p.errors().get(0).messageEn());
    }
}
