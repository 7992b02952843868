package io.milkledger.account;

import java.util.Arrays;
import java.util.Optional;

/** The providers a household can sign in with instead of a password. */
public enum SignInProvider {
    GOOGLE("google", "Google"),
    GITHUB("github", "GitHub");

    private final String registrationId;
    private final String displayName;

    SignInProvider(String registrationId, String displayName) {
        this.registrationId = registrationId;
        this.displayName = displayName;
    }

    /** The id in Spring's client registration, in sign-in addresses and in the database, such as {@code github}. */
    public String registrationId() {
        return registrationId;
    }

    /** The provider's name as people know it, such as {@code GitHub}. */
    public String displayName() {
        return displayName;
    }

    /** The provider with that registration id, if it is one. */
    public static Optional<SignInProvider> byRegistrationId(String registrationId) {
        return Arrays.stream(values()).filter(provider -> provider.registrationId.equals(registrationId)).findFirst();
    }
}
