package io.milkledger.deployment;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.stream.Collectors;

/** Prints the settings problems as Boot's short "APPLICATION FAILED TO START" report, one line each. */
class SettingsFailureAnalyzer extends AbstractFailureAnalyzer<MisconfiguredDeploymentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MisconfiguredDeploymentException cause) {
        String description = cause.problems().stream()
                .map(problem -> "  - " + problem)
                .collect(Collectors.joining(System.lineSeparator(),
                        "Milk Ledger's settings have " + cause.problems().size() + " problem(s):"
                                + System.lineSeparator(), ""));
        return new FailureAnalysis(description, "Set the variables above in the platform's settings (Railway: "
                + "Variables; Heroku: Settings > Config Vars) and deploy again. README.md, Deploy, lists them all.",
                cause);
    }
}
