package io.milkledger.security;

import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What the next request of a session ended elsewhere gets (an admin disabled the account, the password changed on
 * another device): Spring has signed it out already; a click in an open page gets Vaadin's "session expired"
 * answer, on which the page reloads and so lands on the sign-in page, and any other request is sent there.
 * Spring's default would answer a click with a line of plain text the page cannot read.
 */
final class EndedSessionLanding implements SessionInformationExpiredStrategy {

    private final String loginPath;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    EndedSessionLanding(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        if (request.getParameter("v-r") != null) {
            // a request from a page Vaadin has open: a click, a heartbeat
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8);
            response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
        } else {
            redirects.sendRedirect(request, response, loginPath);
        }
    }
}
