package io.milkledger.api;

import io.milkledger.base.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Every error of an API endpoint as a problem: Spring MVC's own (405, 406, 415, a body that is not JSON, a
 * parameter of the wrong type, an unknown path) through {@link ResponseEntityExceptionHandler}, the services'
 * refusals with the words the views show, and anything unexpected as a 500 that says nothing about the inside.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException refusal) {
        return Problems.invalid(List.of(new Problems.FieldError(refusal.field(), refusal.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail accessDenied(AccessDeniedException refusal) {
        return Problems.of(HttpStatus.FORBIDDEN, "This token may not do that.");
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception failure) {
        log.error("An API request failed", failure);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed. Try again in a moment.");
    }
}
