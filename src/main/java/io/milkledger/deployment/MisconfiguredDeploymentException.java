package io.milkledger.deployment;

import java.util.List;

/** The deployment's settings have problems; the app stops before starting anything. */
final class MisconfiguredDeploymentException extends RuntimeException {

    private final List<String> problems;

    MisconfiguredDeploymentException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
