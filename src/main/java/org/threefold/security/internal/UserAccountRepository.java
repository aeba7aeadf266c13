package org.threefold.security.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccountEntity, Long> {

	Optional<UserAccountEntity> findByUsername(String username);

	boolean existsByUsername(String username);

	List<UserAccountEntity> findAllByOrderByUsername();

	List<UserAccountEntity> findByIcsIdOrderByUsername(Long icsId);

	Optional<UserAccountEntity> findByIdAndIcsId(Long id, Long icsId);

	List<UserAccountEntity> findByEmailIgnoreCase(String email);

}
