package org.threefold.partner.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every finder takes the ICS id: there is deliberately no unscoped lookup by id. */
public interface PartnerRepository extends JpaRepository<PartnerEntity, Long> {

	List<PartnerEntity> findByIcsIdOrderByName(Long icsId);

	Optional<PartnerEntity> findByIdAndIcsId(Long id, Long icsId);

	long countByIcsId(Long icsId);

	@Query("select lower(p.name) from PartnerEntity p where p.icsId = :icsId")
	List<String> findLowerCaseNames(Long icsId);

	@Query("select p.odsCode from PartnerEntity p where p.icsId = :icsId and p.odsCode is not null")
	List<String> findOdsCodes(Long icsId);

	@Query("select count(p) > 0 from PartnerEntity p where p.icsId = :icsId and lower(p.name) = lower(:name) and p.id not in :excluded")
	boolean nameTaken(Long icsId, String name, Collection<Long> excluded);

	@Query("select count(p) > 0 from PartnerEntity p where p.icsId = :icsId and p.odsCode = :odsCode and p.id not in :excluded")
	boolean odsCodeTaken(Long icsId, String odsCode, Collection<Long> excluded);

}
