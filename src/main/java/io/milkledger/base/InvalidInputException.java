package io.milkledger.base;

/**
 * Bad input a person can fix: which field it concerns and a sentence saying what to do. Thrown by services
 * before anything is changed, shown by views next to the field.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the input the problem is about, such as {@code "litres"} or {@code "email"}. */
    public String field() {
        return field;
    }
}
