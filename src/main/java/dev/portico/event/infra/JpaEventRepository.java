package dev.portico.event.infra;

import dev.portico.event.domain.Event;
import dev.portico.event.domain.EventRepository;
import dev.portico.event.domain.PendingRelay;
import dev.portico.platform.listing.ListJpql;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.tenancy.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link EventRepository} on JPA; the tenant filter comes from {@link TenantEntityManager}. */
@ApplicationScoped
public class JpaEventRepository implements EventRepository {

  @Inject TenantEntityManager tenant;

  @Override
  public void add(Event event) {
    tenant.get().persist(event);
    tenant.get().persist(new PendingRelay(event.id(), event.createdAt()));
  }

  @Override
  public Optional<Event> find(String id) {
    return Optional.ofNullable(tenant.get().find(Event.class, id));
  }

  @Override
  public List<Event> list(ListQuery<Event> query, Collection<String> objectTypes) {
    ListJpql<Event> jpql =
        ListJpql.select(Event.class, "e", query)
            .where("e.objectType IN :objectTypes", "objectTypes", List.copyOf(objectTypes));
    query.text("type").ifPresent(type -> jpql.where("e.type = :type", "type", type));
    query.text("object").ifPresent(id -> jpql.where("e.objectId = :objectId", "objectId", id));
    return jpql.createdRange("createdAt").fetch(tenant.get());
  }
}
