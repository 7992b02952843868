package io.milkledger.admin;

/** A way an account signs in, as the users view shows and filters it. */
public enum SignInMethod {
    PASSWORD("Password"),
    GOOGLE("Google"),
    GITHUB("GitHub");

    private final String label;

    SignInMethod(String label) {
        this.label = label;
    }

    /** How people call it. */
    public String label() {
        return label;
    }

    /** The provider's name in {@code oauth_identities}, for the providers. */
    String provider() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
