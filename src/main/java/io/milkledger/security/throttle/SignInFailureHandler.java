package io.milkledger.security.throttle;

import io.milkledger.security.EmailNotVerifiedException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * Sends a failed sign-in back to the sign-in page: {@code ?locked=<seconds>} (plus {@code &network} when the
 * client address is the reason) when it had to wait, {@code ?unverified} when the password was right but the
 * email is not confirmed yet, {@code ?disabled} when it was right but an admin disabled the account, {@code ?error}
 * as Spring does for anything else.
 */
public final class SignInFailureHandler implements AuthenticationFailureHandler {

    private final String loginPath;
    private final AuthenticationFailureHandler otherwise;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    /** @param loginPath the sign-in view's path, such as {@code /login} */
    public SignInFailureHandler(String loginPath) {
        this.loginPath = loginPath;
        this.otherwise = new SimpleUrlAuthenticationFailureHandler(loginPath + "?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (exception instanceof SignInThrottledException throttled) {
            String network = throttled.reason() == SignInThrottledException.Reason.ADDRESS ? "&network" : "";
            redirects.sendRedirect(request, response, loginPath + "?locked=" + throttled.waitSeconds() + network);
        } else if (exception instanceof EmailNotVerifiedException) {
            redirects.sendRedirect(request, response, loginPath + "?unverified");
        } else if (exception instanceof DisabledException) {
            redirects.sendRedirect(request, response, loginPath + "?disabled");
        } else {
            otherwise.onAuthenticationFailure(request, response, exception);
        }
    }
}
