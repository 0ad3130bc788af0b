package dev.portico.platform.tenancy;

import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fired, in one transaction, when an organization's test data is being erased (a sandbox reset).
 * Each feature observes it and erases the test rows of its own tables; observers that hold rows
 * other tables refer to run first (a lower {@code @Priority}).
 */
public final class TestModeErasing {

  private final String organizationId;
  private final EntityManager em;
  private final Map<String, Integer> erased = new LinkedHashMap<>();

  public TestModeErasing(String organizationId, EntityManager em) {
    this.organizationId = Objects.requireNonNull(organizationId, "organization is required");
    this.em = Objects.requireNonNull(em, "entity manager is required");
  }

  /**
   * Deletes the organization's test-mode rows of {@code table} and counts them under {@code
   * objects}, the name the API lists them by ({@code null}: not counted).
   */
  public void erase(String objects, String table) {
    int deleted =
        em.createNativeQuery(
                "DELETE FROM " + table + " WHERE organization_id = ? AND livemode = FALSE")
            .setHint(Tenancy.ALLOW_NATIVE_SQL, true)
            .setParameter(1, organizationId)
            .executeUpdate();
    if (objects != null) {
      erased.merge(objects, deleted, Integer::sum);
    }
  }

  public String organizationId() {
    return organizationId;
  }

  /** How many objects of each kind were erased, in the order they were erased. */
  public Map<String, Integer> erased() {
    return Collections.unmodifiableMap(erased);
  }
}
