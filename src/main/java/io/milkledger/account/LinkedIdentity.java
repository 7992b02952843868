package io.milkledger.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A provider's account linked to a household's account: signing in with it signs in as that household. */
@Entity
@Table(name = "oauth_identities")
class LinkedIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String provider;

    private String subject;

    private long userId;

    private String email;

    @Column(insertable = false, updatable = false)
    private @Nullable Instant createdAt;

    protected LinkedIdentity() {
        this.provider = "";
        this.subject = "";
        this.email = "";
    }

    LinkedIdentity(SignInProvider provider, String subject, long userId, String email) {
        this.provider = provider.registrationId();
        this.subject = subject;
        this.userId = userId;
        this.email = email;
    }

    long userId() {
        return userId;
    }

    String provider() {
        return provider;
    }
}
