package io.milkledger.badinput;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fails a test that logged an ERROR line: bad input is the person's mistake, never the server's. Listens on the
 * root logger for the length of each test.
 */
final class NoErrorsLogged implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoErrorsLogged.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setName("bad-input-errors");
        appender.start();
        root().addAppender(appender);
        context.getStore(NAMESPACE).put("appender", appender);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterEach(ExtensionContext context) {
        ListAppender<ILoggingEvent> appender = context.getStore(NAMESPACE).remove("appender", ListAppender.class);
        root().detachAppender(appender);
        appender.stop();
        List<String> errors = appender.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(event -> event.getLoggerName() + ": " + event.getFormattedMessage())
                .toList();
        assertThat(errors).as("ERROR lines in the log").isEmpty();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
