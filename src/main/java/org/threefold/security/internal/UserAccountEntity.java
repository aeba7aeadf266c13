package org.threefold.security.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.UserAccountView;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;

@Entity
@Table(name = "app_user")
public class UserAccountEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
	@SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true, length = 100)
	private String username;

	@Column(name = "display_name", nullable = false, length = 200)
	private String displayName;

	@Column(length = 254)
	private String email;

	@Column(name = "password_hash", nullable = false, length = 200)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Role role;

	@Column(name = "ics_id")
	private Long icsId;

	@Column(name = "partner_id")
	private Long partnerId;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected UserAccountEntity() {
	}

	public UserAccountEntity(String username, String displayName, String email, String passwordHash, Role role,
			IcsId icsId, PartnerId partnerId, Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.email = email;
		this.passwordHash = passwordHash;
		this.role = role;
		this.icsId = (icsId == null) ? null : icsId.value();
		this.partnerId = (partnerId == null) ? null : partnerId.value();
		this.enabled = true;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getIcsId() {
		return this.icsId;
	}

	public void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	/**
	 * Removes everything that names the person: the account stays as a disabled pseudonym
	 * so that what it did remains attributable to "an erased account".
	 */
	public void erase(String pseudonym, String unusableHash) {
		this.username = pseudonym;
		this.displayName = "Erased account";
		this.email = null;
		this.passwordHash = unusableHash;
		this.enabled = false;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public SignedInUser toSignedInUser() {
		return new SignedInUser(new UserId(this.id), this.username, this.displayName, this.role,
				Optional.ofNullable(this.icsId).map(IcsId::new),
				Optional.ofNullable(this.partnerId).map(PartnerId::new));
	}

	public ThreefoldPrincipal toPrincipal() {
		return new ThreefoldPrincipal(toSignedInUser(), this.passwordHash, this.enabled);
	}

	public UserAccountView toView() {
		return new UserAccountView(new UserId(this.id), this.username, this.displayName, this.email, this.role,
				Optional.ofNullable(this.icsId).map(IcsId::new),
				Optional.ofNullable(this.partnerId).map(PartnerId::new), this.enabled);
	}

}
