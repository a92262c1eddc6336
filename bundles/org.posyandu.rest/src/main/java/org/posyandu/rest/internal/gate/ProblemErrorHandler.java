package org.posyandu.rest.internal.gate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error answers as problem documents: a request the HTTP parser refuses (a NUL in a header, headers over
 * the size limit: 431, a request line it cannot read) and any error no context writes itself. Jetty's own handler
 * answers these in HTML, or with an empty body for methods other than GET, POST and HEAD.
 */
final class ProblemErrorHandler extends ErrorHandler {
    ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        ServerProblems.Answer answer = ServerProblems.of(status, null);
        for (Map.Entry<String, String> h : answer.headers().entrySet()) {
            fields.put(h.getKey(), h.getValue());
        }
        return ByteBuffer.wrap(answer.body());
    }

    @Override
    public void doError(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        if (response.isCommitted()) {
            return;
        }
        ServerProblems.Answer answer = ServerProblems.of(response.getStatus(), request.getRequestURI());
        write(response, answer);
    }

    static void write(HttpServletResponse response, ServerProblems.Answer answer) throws IOException {
        response.resetBuffer();
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
