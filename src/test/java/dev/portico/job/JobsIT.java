package dev.portico.job;

import static dev.portico.testing.ProblemAssertions.assertProblem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import dev.portico.testing.TestApiKeys;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/jobs} over HTTP: the operations, every transition of the state machine, events.
 */
class JobsIT {

  private static final String JOBS = "/api/v1/jobs";
  private static final String WINDOW =
      "{\"scheduled_start\":\"2026-12-01T09:00:00Z\",\"scheduled_end\":\"2026-12-01T11:00:00Z\"}";
  private static final String TECHNICIAN = "{\"technician\":\"Grace Hopper\"}";

  /** The actions each state allows, as the contract states them. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "unscheduled", Set.of("schedule", "cancel"),
          "scheduled", Set.of("schedule", "assign", "cancel"),
          "assigned", Set.of("assign", "start", "cancel"),
          "in_progress", Set.of("complete", "cancel"),
          "completed", Set.of(),
          "cancelled", Set.of());

  /** How to bring a new job into each state. */
  private static final Map<String, List<String>> PATHS = paths();

  @Test
  void whenAJobIsWalkedThroughItsLifeThenEachStepIsAnEvent() {
    String customer = customer();
    JsonObject job = create(customer, "Boiler service");
    String id = job.getString("id");
    assertThat(id, startsWith("job_"));
    assertThat(job.getString("status"), is("unscheduled"));
    assertThat(job.getString("customer"), is(customer));

    JsonObject scheduled = ok(action(id, "schedule", WINDOW));
    assertThat(scheduled.getString("status"), is("scheduled"));
    assertThat(scheduled.getString("scheduled_start"), is("2026-12-01T09:00:00Z"));
    JsonObject assigned = ok(action(id, "assign", TECHNICIAN));
    assertThat(assigned.getString("technician"), is("Grace Hopper"));
    assertThat(ok(action(id, "start", null)).getString("status"), is("in_progress"));
    JsonObject completed = ok(action(id, "complete", null));
    assertThat(completed.getString("status"), is("completed"));
    assertThat(completed.containsKey("completed_at"), is(true));

    List<String> events =
        Api.json(Api.get("/api/v1/events?object=" + id, Keys.bootstrapAuth()))
            .getJsonArray("data")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(e -> e.getString("type"))
            .toList();
    assertThat(
        events,
        contains("job.completed", "job.started", "job.assigned", "job.scheduled", "job.created"));
  }

  @Test
  void whenAnyActionIsTriedInAnyStateThenOnlyTheLegalOnesSucceedAndTheOthersName409TheState() {
    String customer = customer();
    List<String> failures = new ArrayList<>();
    for (String state : ALLOWED.keySet()) {
      for (String action : List.of("schedule", "assign", "start", "complete", "cancel")) {
        String id = jobIn(customer, state);
        HttpResponse<String> response = action(id, action, bodyOf(action));
        boolean allowed = ALLOWED.get(state).contains(action);
        if (allowed && response.statusCode() != 200) {
          failures.add(state + " " + action + ": " + response.body());
        }
        if (!allowed) {
          JsonObject problem = assertProblem(response, 409, "invalid_state");
          assertThat(problem.getString("detail"), containsString("The job is " + state + ";"));
          assertThat(current(id), is(state));
        }
      }
    }
    assertThat(failures.toString(), failures.isEmpty(), is(true));
  }

  @Test
  void whenTheCustomerIsUnknownOrTheWindowWrongThenTheFieldIsNamed() {
    HttpResponse<String> unknown =
        Api.postJson(JOBS, "{\"customer\":\"cus_nope\",\"title\":\"x\"}", Keys.bootstrapAuth());
    assertThat(
        assertProblem(unknown, 400, "validation_failed")
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("field"),
        is("customer"));
    String id = create(customer(), "Window").getString("id");
    HttpResponse<String> backwards =
        action(
            id,
            "schedule",
            "{\"scheduled_start\":\"2026-12-01T11:00:00Z\",\"scheduled_end\":\"2026-12-01T09:00:00Z\"}");
    assertThat(
        assertProblem(backwards, 400, "validation_failed")
            .getJsonArray("errors")
            .getJsonObject(0)
            .getString("field"),
        is("scheduled_end"));
    assertProblem(
        Api.offContract().postJson(JOBS + "/" + id + "/schedule", "{}", Keys.bootstrapAuth()),
        400,
        "validation_failed");
    assertProblem(
        Api.offContract()
            .postJson(
                JOBS + "/" + id + "/schedule",
                "{\"scheduled_start\":\"tomorrow\",\"scheduled_end\":\"x\"}",
                Keys.bootstrapAuth()),
        400,
        "invalid_type");
    assertProblem(
        Api.offContract()
            .postJson(JOBS + "/" + id + "/assign", "{\"technician\":\" \"}", Keys.bootstrapAuth()),
        400,
        "validation_failed");
    assertThat(current(id), is("unscheduled"));
  }

  @Test
  void whenACustomerHasAnOpenJobThenItCannotBeDeletedUntilTheJobIsClosed() {
    String customer = customer();
    String id = create(customer, "Keeps the customer").getString("id");

    assertProblem(deleteCustomer(customer), 409, "resource_in_use");
    ok(action(id, "cancel", null));

    assertThat(deleteCustomer(customer).statusCode(), is(200));
    assertThat(
        Api.json(Api.get(JOBS + "/" + id, Keys.bootstrapAuth())).getString("customer"),
        is(customer));
  }

  @Test
  void whenAJobIsDeletedThenOnlyAnUnscheduledOrCancelledOneGoes() {
    String customer = customer();
    String unscheduled = create(customer, "Delete me").getString("id");
    String scheduled = jobIn(customer, "scheduled");

    assertProblem(delete(JOBS + "/" + scheduled), 409, "invalid_state");
    assertThat(delete(JOBS + "/" + unscheduled).statusCode(), is(200));
    assertProblem(
        Api.get(JOBS + "/" + unscheduled, Keys.bootstrapAuth()), 404, "resource_not_found");
  }

  @Test
  void whenJobsAreFilteredThenTheListShowsExactlyThose() {
    String customer = customer();
    String assigned = jobIn(customer, "assigned");
    String cancelled = jobIn(customer, "cancelled");
    create(customer, "Unscheduled");

    assertThat(ids("?customer=" + customer + "&status=assigned"), contains(assigned));
    assertThat(ids("?customer=" + customer + "&status=cancelled"), contains(cancelled));
    assertThat(ids("?customer=" + customer).size(), is(3));
    assertThat(
        ids(
            "?customer="
                + customer
                + "&technician=Grace%20Hopper&scheduled_gte=2026-12-01T00:00:00Z"),
        contains(assigned));
    assertThat(
        ids("?customer=" + customer + "&scheduled_lt=2026-12-01T00:00:00Z").isEmpty(), is(true));
    JsonObject problem =
        assertProblem(
            Api.get(JOBS + "?status=done", Keys.bootstrapAuth()), 400, "validation_failed");
    assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field"), is("status"));
  }

  @Test
  void whenPatchedWithAStaleETagThen412AndWithTheCurrentOneTheTitleChanges() {
    String id = create(customer(), "Old title").getString("id");
    String etag =
        Api.get(JOBS + "/" + id, Keys.bootstrapAuth()).headers().firstValue("ETag").orElseThrow();
    ok(action(id, "schedule", WINDOW));

    assertProblem(patch(id, "{\"title\":\"New\"}", etag), 412, "precondition_failed");
    String now =
        Api.get(JOBS + "/" + id, Keys.bootstrapAuth()).headers().firstValue("ETag").orElseThrow();
    JsonObject patched = ok(patch(id, "{\"title\":\"New\",\"description\":\"Gate 4\"}", now));
    assertThat(patched.getString("title"), is("New"));
    assertThat(patched.getString("status"), is("scheduled"));
    assertProblem(
        Api.offContract()
            .patchJson(
                JOBS + "/" + id,
                "{\"status\":\"completed\"}",
                "If-Match",
                now,
                Keys.bootstrapAuth()[0],
                Keys.bootstrapAuth()[1]),
        400,
        "unknown_field");
  }

  @Test
  void whenTheKeyLacksJobsScopesThenEachOperationAnswers403() {
    String reader = TestApiKeys.create("jobs reader", "jobs:read").getString("secret");
    String id = create(customer(), "Scoped").getString("id");

    assertThat(Api.get(JOBS + "/" + id, Keys.auth(reader)).statusCode(), is(200));
    assertProblem(
        Api.send("POST", JOBS + "/" + id + "/cancel", BodyPublishers.noBody(), Keys.auth(reader)),
        403,
        "insufficient_scope");
    assertProblem(
        Api.postJson(JOBS, "{\"customer\":\"cus_x\",\"title\":\"x\"}", Keys.auth(reader)),
        403,
        "insufficient_scope");
  }

  private static Map<String, List<String>> paths() {
    Map<String, List<String>> paths = new LinkedHashMap<>();
    paths.put("unscheduled", List.of());
    paths.put("scheduled", List.of("schedule"));
    paths.put("assigned", List.of("schedule", "assign"));
    paths.put("in_progress", List.of("schedule", "assign", "start"));
    paths.put("completed", List.of("schedule", "assign", "start", "complete"));
    paths.put("cancelled", List.of("cancel"));
    return paths;
  }

  private static String jobIn(String customer, String state) {
    String id = create(customer, "In " + state).getString("id");
    for (String action : PATHS.get(state)) {
      ok(action(id, action, bodyOf(action)));
    }
    assertThat(current(id), is(state));
    return id;
  }

  private static String bodyOf(String action) {
    return switch (action) {
      case "schedule" -> WINDOW;
      case "assign" -> TECHNICIAN;
      default -> null;
    };
  }

  private static String current(String id) {
    return Api.json(Api.get(JOBS + "/" + id, Keys.bootstrapAuth())).getString("status");
  }

  private static String customer() {
    HttpResponse<String> created =
        Api.postJson(
            "/api/v1/customers",
            "{\"name\":\"Jobs " + UUID.randomUUID() + "\"}",
            Keys.bootstrapAuth());
    assertThat(created.body(), created.statusCode(), is(201));
    return Api.json(created).getString("id");
  }

  private static JsonObject create(String customer, String title) {
    HttpResponse<String> created =
        Api.postJson(
            JOBS,
            "{\"customer\":\"" + customer + "\",\"title\":\"" + title + "\"}",
            Keys.bootstrapAuth());
    assertThat(created.body(), created.statusCode(), is(201));
    return Api.json(created);
  }

  private static HttpResponse<String> action(String id, String action, String body) {
    String path = JOBS + "/" + id + "/" + action;
    return body == null
        ? Api.send("POST", path, BodyPublishers.noBody(), Keys.bootstrapAuth())
        : Api.postJson(path, body, Keys.bootstrapAuth());
  }

  private static HttpResponse<String> patch(String id, String body, String etag) {
    return Api.patchJson(
        JOBS + "/" + id, body, "If-Match", etag, Keys.bootstrapAuth()[0], Keys.bootstrapAuth()[1]);
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.body(), response.statusCode(), is(200));
    return Api.json(response);
  }

  private static List<String> ids(String query) {
    return ok(Api.get(JOBS + query, Keys.bootstrapAuth()))
        .getJsonArray("data")
        .getValuesAs(JsonObject.class)
        .stream()
        .map(j -> j.getString("id"))
        .toList();
  }

  private static HttpResponse<String> delete(String path) {
    return Api.send("DELETE", path, BodyPublishers.noBody(), Keys.bootstrapAuth());
  }

  private static HttpResponse<String> deleteCustomer(String id) {
    return delete("/api/v1/customers/" + id);
  }
}
