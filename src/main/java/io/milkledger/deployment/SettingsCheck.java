package io.milkledger.deployment;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.List;

/**
 * Checks the deployment's settings as the very first thing, so a missing or malformed one stops the app within
 * seconds with a line naming the variable, instead of a stack trace minutes later. Registered in
 * {@code META-INF/spring.factories}; runs before the database settings are turned into a data source.
 */
class SettingsCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> problems = SettingsProblems.find(environment::getProperty, environment.matchesProfiles("prod"));
        if (!problems.isEmpty()) {
            throw new MisconfiguredDeploymentException(problems);
        }
    }

    @Override
    public int getOrder() {
        // just before DatabaseUrlEnvironmentPostProcessor, which runs last
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
