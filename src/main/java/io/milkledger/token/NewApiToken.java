package io.milkledger.token;

/**
 * A token just created: the only time the token itself is known to the app.
 *
 * @param token   the token, to show the household once
 * @param details how it is listed from now on
 */
public record NewApiToken(String token, ApiToken details) {

    @Override
    public String toString() {
        return "NewApiToken[" + details + "]";
    }
}
