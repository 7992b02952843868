package io.milkledger.api;

import io.milkledger.Households;
import io.milkledger.token.ApiTokens;
import io.milkledger.token.NewApiToken;
import io.milkledger.token.TokenAccess;
import io.milkledger.token.TokenLifetime;
import org.springframework.stereotype.Component;

/** Households with tokens, made through the real services as the account page makes them. */
@Component
class TestTokens {

    private final Households households;
    private final ApiTokens tokens;

    TestTokens(Households households, ApiTokens tokens) {
        this.households = households;
        this.tokens = tokens;
    }

    /** A token with the access for the household with this email. */
    NewApiToken create(String email, TokenAccess access) {
        households.signIn(email);
        try {
            return tokens.create("Kitchen phone", access, TokenLifetime.DEFAULT);
        } finally {
            Households.signOut();
        }
    }

    /** A new household (in Asia/Kolkata) and a read-and-write token for it. */
    String householdWithToken(String name) {
        String email = households.register(name, java.time.ZoneId.of("Asia/Kolkata"));
        return create(email, TokenAccess.READ_WRITE).token();
    }
}
