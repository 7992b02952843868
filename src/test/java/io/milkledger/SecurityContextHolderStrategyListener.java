package io.milkledger;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test, makes {@link SecurityContextHolder} use the security context strategy of the Spring context
 * the test runs in. Vaadin's strategy keeps the signed-in user in a thread-local of its own, and every context
 * installs its strategy in the static holder when it starts; the method security of a context cached from
 * earlier reads its own. Without this, once a test class with other settings has started a second context,
 * {@link Households#signIn} would sign in where the first context's services never look. After each test it
 * signs out, so no test class has to, and no test starts signed in as the one before. Registered in
 * {@code META-INF/spring.factories}.
 */
public class SecurityContextHolderStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext test) {
        if (test.hasApplicationContext()) {
            test.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public void afterTestMethod(TestContext test) {
        SecurityContextHolder.clearContext();
    }

    /** Before Spring Security's {@code @WithMockUser} support, which puts its user into the holder. */
    @Override
    public int getOrder() {
        return 1000;
    }
}
