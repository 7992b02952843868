package io.milkledger.api;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's RFC 9457 problems. A problem that is only its HTTP status has the type {@code about:blank}; the ones a
 * client may want to tell apart have a type of their own, such as {@link #INVALID_INPUT}, whose {@code errors}
 * list each invalid field with the same words the views show.
 */
final class Problems {

    static final URI ABOUT_BLANK = URI.create("about:blank");
    static final URI INVALID_INPUT = URI.create("urn:milk-ledger:problem:invalid-input");
    static final URI READ_ONLY_TOKEN = URI.create("urn:milk-ledger:problem:read-only-token");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** A problem that is its status and a sentence saying what to do. */
    static ProblemDetail of(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ABOUT_BLANK);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    /** A problem of its own type. */
    static ProblemDetail of(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** Invalid fields: 422, each field with what is wrong with it. */
    static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, INVALID_INPUT, "Invalid input",
                errors.size() == 1 ? errors.getFirst().message() : "Some of the values are not valid.");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** One invalid field of a request. */
    record FieldError(String field, String message) {
    }

    /**
     * Writes a problem straight to the response, for refusals that happen before a controller (the security
     * filters): {@code type}, {@code title}, {@code status}, {@code detail} and any further properties.
     */
    static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body(problem));
    }

    private static Map<String, @Nullable Object> body(ProblemDetail problem) {
        Map<String, @Nullable Object> body = new LinkedHashMap<>();
        URI type = problem.getType();
        body.put("type", type == null ? ABOUT_BLANK.toString() : type.toString());
        String title = problem.getTitle();
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        body.put("title", title != null ? title : status == null ? null : status.getReasonPhrase());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }
}
