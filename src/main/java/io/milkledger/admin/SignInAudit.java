package io.milkledger.admin;

import io.milkledger.admin.AuditTrail.Line;
import io.milkledger.security.EmailNotVerifiedException;
import io.milkledger.security.SignedInUser;
import io.milkledger.security.throttle.SignInThrottledException;
import io.milkledger.twofactor.SecondStepChecked;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Puts every sign-in in the audit log: each success (password, Google, GitHub, and the code after it when
 * two-factor sign-in is on), each failure with its reason, and each attempt refused for too many failures.
 */
@Component
class SignInAudit {

    static final String SIGN_IN = "SIGN_IN";
    static final String SIGN_IN_CODE = "SIGN_IN_CODE";
    static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    static final String SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

    private final AuditTrail trail;

    SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent success) {
        Authentication signedIn = success.getAuthentication();
        if (signedIn.getPrincipal() instanceof SignedInUser user) {
            trail.recordSignIn(new Line(SIGN_IN, user.accountId(), user.getUsername(), user.accountId(),
                    user.getUsername(), address(signedIn), "with " + method(signedIn)));
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent failure) {
        Authentication attempt = failure.getAuthentication();
        AuthenticationException problem = failure.getException();
        String typed = attempt.getPrincipal() instanceof String name && !name.isBlank() ? name.strip() : null;
        String address = address(attempt);
        if (problem instanceof SignInThrottledException throttled) {
            // counted, not one line each: refusals cost the one refused nothing, so they could flood the log
            String countedUnder = throttled.reason() == SignInThrottledException.Reason.ADDRESS ? "address " + address
                    : "email " + (typed == null ? "" : typed.toLowerCase(Locale.ROOT)) + " address " + address;
            trail.recordRefusal(new Line(SIGN_IN_LOCKED, null, typed, null, typed, address,
                    "with " + method(attempt) + ": " + reason(problem)), countedUnder);
            return;
        }
        trail.recordSignIn(new Line(SIGN_IN_FAILED, null, typed, null, typed, address,
                "with " + method(attempt) + ": " + reason(problem)));
    }

    @EventListener
    void onCode(SecondStepChecked checked) {
        String action = switch (checked.outcome()) {
            case PASSED -> SIGN_IN_CODE;
            case WRONG_CODE -> SIGN_IN_FAILED;
            case TOO_MANY_WRONG_CODES -> SIGN_IN_LOCKED;
        };
        String code = checked.recovery() ? "recovery code" : "authenticator code";
        String detail = switch (checked.outcome()) {
            case PASSED -> "with " + code;
            case WRONG_CODE -> "wrong " + code;
            case TOO_MANY_WRONG_CODES -> "too many wrong codes lately";
        };
        Line line = new Line(action, checked.accountId(), checked.email(), checked.accountId(), checked.email(),
                AuditTrail.requestAddress(), detail);
        if (checked.outcome() == SecondStepChecked.Outcome.TOO_MANY_WRONG_CODES) {
            trail.recordRefusal(line, "account " + checked.accountId());
        } else {
            trail.recordSignIn(line);
        }
    }

    private static String method(Authentication authentication) {
        if (authentication instanceof OAuth2AuthenticationToken token) {
            return provider(token.getAuthorizedClientRegistrationId());
        }
        if (authentication instanceof OAuth2LoginAuthenticationToken token) {
            return provider(token.getClientRegistration().getRegistrationId());
        }
        return "password";
    }

    private static String provider(String registrationId) {
        return switch (registrationId) {
            case "google" -> "Google";
            case "github" -> "GitHub";
            default -> registrationId;
        };
    }

    private static String reason(AuthenticationException problem) {
        return switch (problem) {
            case SignInThrottledException throttled -> "too many failures, told to wait "
                    + throttled.waitSeconds() + " s";
            case EmailNotVerifiedException notVerified -> "email not confirmed yet";
            case DisabledException disabled -> "account disabled";
            case BadCredentialsException wrong -> "wrong email or password";
            default -> problem.getCause() != null && problem.getCause().getMessage() != null
                    ? problem.getCause().getMessage() : String.valueOf(problem.getMessage());
        };
    }

    private static @Nullable String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails web) {
            return web.getRemoteAddress();
        }
        return AuditTrail.requestAddress();
    }
}
