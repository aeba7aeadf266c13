package org.threefold.api.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiTokenEntity, Long> {

	Optional<ApiTokenEntity> findByTokenHash(String tokenHash);

	List<ApiTokenEntity> findByIcsIdOrderByCreatedAtDescIdDesc(Long icsId);

	Optional<ApiTokenEntity> findByIdAndIcsId(Long id, Long icsId);

}
