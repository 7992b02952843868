package io.milkledger.account;

import io.milkledger.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** A household's account: who signs in, and the preferences their ledger is kept with. */
@Entity
@Table(name = "users")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String email;

    private String displayName;

    private @Nullable String passwordHash;

    private boolean enabled = true;

    private boolean emailVerified;

    private @Nullable Instant emailProvenAt;

    private String currency;

    private String timeZone;

    private BigDecimal usualLitres;

    private short usualWeekdays = UsualWeekdays.EVERY_DAY;

    @Column(insertable = false, updatable = false)
    private @Nullable Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.of(Role.USER);

    protected Account() {
        this.email = "";
        this.displayName = "";
        this.currency = "";
        this.timeZone = "";
        this.usualLitres = BigDecimal.ZERO;
    }

    Account(String email, String displayName, @Nullable String passwordHash, String currency, ZoneId timeZone,
            BigDecimal usualLitres) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.currency = currency;
        this.timeZone = timeZone.getId();
        this.usualLitres = usualLitres;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("account is not stored yet");
        }
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    @Nullable String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * Whether the email lets the account sign in: proven, or taken on trust (with {@code EMAIL_VERIFICATION=off},
     * by an admin's "Confirm email", from before verification existed). Not a proof that the address is theirs:
     * that is {@link #emailProven()}.
     */
    boolean emailVerified() {
        return emailVerified;
    }

    /**
     * Whether the account's holder has shown that the address is theirs: they opened a link sent to it (to confirm
     * it, or completed a password reset), or a sign-in provider that verified the address vouched for it.
     */
    boolean emailProven() {
        return emailProvenAt != null;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        roles.remove(role);
    }

    /** Signing in is refused from now on; the data stays. */
    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    HouseholdSettings settings() {
        return new HouseholdSettings(id(), displayName, email, currency, ZoneId.of(timeZone), usualLitres,
                UsualWeekdays.fromBits(usualWeekdays));
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    /** The email lets the account sign in from now on, proven or not. */
    void markEmailVerified() {
        this.emailVerified = true;
    }

    /** The household has shown that the email is theirs, or a provider that verified it said so. */
    void proveEmail(Instant at) {
        this.emailVerified = true;
        if (emailProvenAt == null) {
            this.emailProvenAt = at;
        }
    }

    /** Removes a password set by someone who never proved they own the email. */
    void forgetUnprovenPassword() {
        this.passwordHash = null;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void updatePreferences(String currency, ZoneId timeZone, BigDecimal usualLitres, Set<DayOfWeek> weekdays) {
        this.currency = currency;
        this.timeZone = timeZone.getId();
        this.usualLitres = usualLitres;
        this.usualWeekdays = UsualWeekdays.toBits(weekdays);
    }
}
