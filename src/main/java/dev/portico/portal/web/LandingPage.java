package dev.portico.portal.web;

import dev.portico.account.AccountService;
import dev.portico.account.domain.User;
import dev.portico.apikey.ApiKeyService;
import dev.portico.apikey.domain.ApiKey;
import dev.portico.customer.CustomerService;
import dev.portico.customer.api.CustomerResponse;
import dev.portico.customer.domain.Customer;
import dev.portico.platform.json.PorticoJsonb;
import dev.portico.platform.paging.ListPage;
import dev.portico.platform.security.CallerContext;
import dev.portico.platform.security.RequestOrigin;
import dev.portico.platform.web.RequestIds;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * What the landing page knows of a signed-in visitor: their name, their newest active test key and
 * their test customers, so that the first call, and its answer, are theirs. A key's secret is shown
 * only once, at creation, so the page names the key by its prefix. Reads the sign-in cookie only;
 * it opens no session.
 */
@Named
@RequestScoped
public class LandingPage {

  @Inject AccountService accounts;
  @Inject ApiKeyService keys;
  @Inject CallerContext callerContext;
  @Inject CustomerService customers;

  private boolean loaded;
  private User user;
  private ApiKey testKey;
  private String firstCallAnswer;

  /** Customers the first call shows. */
  static final int FIRST_CALL_LIMIT = 2;

  public boolean isSignedIn() {
    return visitor().isPresent();
  }

  public String getDisplayName() {
    return visitor().map(u -> u.name() == null ? u.email() : u.name()).orElse("");
  }

  public boolean isHasTestKey() {
    visitor();
    return testKey != null;
  }

  public String getTestKeyPrefix() {
    visitor();
    return testKey == null ? "" : testKey.prefix();
  }

  public String getTestKeyName() {
    visitor();
    return testKey == null ? "" : testKey.settings().name();
  }

  /** Whether the visitor's test mode has customers for the first call to show. */
  public boolean isHasTestData() {
    return !getFirstCallAnswer().isEmpty();
  }

  /**
   * What {@code GET /api/v1/customers?limit=2} answers with the visitor's test data, as the API
   * writes it (the cursor shortened); empty when test mode has no customers.
   */
  public String getFirstCallAnswer() {
    if (firstCallAnswer == null) {
      firstCallAnswer = "";
      if (visitor().isPresent()) {
        List<Customer> newest = customers.newest(FIRST_CALL_LIMIT);
        if (!newest.isEmpty()) {
          boolean more = newest.size() > FIRST_CALL_LIMIT;
          List<CustomerResponse> data =
              newest.stream().limit(FIRST_CALL_LIMIT).map(CustomerResponse::of).toList();
          firstCallAnswer =
              PorticoJsonb.pretty()
                  .toJson(new ListPage<>("list", data, more, more ? "…" : null))
                  .strip();
        }
      }
    }
    return firstCallAnswer;
  }

  private Optional<User> visitor() {
    if (!loaded) {
      loaded = true;
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      Principal principal = request.getUserPrincipal();
      user = principal == null ? null : accounts.user(principal.getName()).orElse(null);
      if (user != null && callerContext.find().isEmpty()) {
        callerContext.set(
            accounts.callerOf(user, false),
            new RequestOrigin(request.getRemoteAddr(), RequestIds.of(request).value()));
        testKey = keys.newestActive().orElse(null);
      }
    }
    return Optional.ofNullable(user);
  }
}
