package dev.portico.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * The operator, over HTTP: the first-run organization's key, which holds the organizations scopes,
 * moves a partner organization between plans.
 */
public final class Operator {

  private Operator() {}

  /** The id of the organization a key belongs to, as its quota names it. */
  public static String organizationOf(String key) {
    HttpResponse<String> quota = Api.get("/api/v1/quota", Keys.auth(key));
    assertThat(quota.body(), quota.statusCode(), is(200));
    return Api.json(quota).getString("organization");
  }

  /** Moves the organization to {@code plan} and answers it as the API shows it after. */
  public static JsonObject changePlan(String organizationId, String plan) {
    HttpResponse<String> changed =
        Api.patchJson(
            "/api/v1/organizations/" + organizationId,
            "{\"plan\":\"" + plan + "\"}",
            Keys.bootstrapAuth());
    assertThat(changed.body(), changed.statusCode(), is(200));
    return Api.json(changed);
  }
}
