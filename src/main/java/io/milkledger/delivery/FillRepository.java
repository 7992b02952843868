package io.milkledger.delivery;

import org.springframework.data.repository.Repository;

import java.util.Optional;

/** Fills, always of one owner. */
interface FillRepository extends Repository<Fill, Long> {

    Fill save(Fill fill);

    void delete(Fill fill);

    Optional<Fill> findByIdAndOwnerId(long id, long ownerId);
}
