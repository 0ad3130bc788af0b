package dev.portico.customer;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import dev.portico.testing.Api;
import dev.portico.testing.Keys;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A walk through 1 000 customers, page by page, while other customers are created and originals
 * deleted between every two pages: keyset cursors never skip or repeat a row that stays.
 */
class CustomerPaginationIT {

  private static final int ORIGINALS = 1000;

  @Test
  void whenRowsAreInsertedAndDeletedDuringAWalkThenEverySurvivorIsSeenExactlyOnce()
      throws Exception {
    String tag = TestCustomers.uniqueName("walk");
    Map<String, String> originals = createOriginals(tag);
    List<String> unseen = new ArrayList<>(originals.keySet());
    Set<String> deleted = new HashSet<>();
    List<String> seen = new ArrayList<>();

    for (String sort : List.of("created_at:desc", "name:asc")) {
      seen.clear();
      unseen.clear();
      unseen.addAll(originals.keySet());
      unseen.removeAll(deleted);
      String path = "/api/v1/customers?limit=97&sort=" + sort + "&q=" + encode(tag);
      int page = 0;
      while (path != null) {
        HttpResponse<String> response = Api.get(path, Keys.bootstrapAuth());
        assertThat(response.body(), response.statusCode(), is(200));
        JsonObject body = Api.json(response);
        for (JsonObject customer : body.getJsonArray("data").getValuesAs(JsonObject.class)) {
          seen.add(customer.getString("id"));
          unseen.remove(customer.getString("id"));
        }
        path = nextLink(response, body);
        // Between pages: three new customers, and three originals gone, one of them not yet seen.
        for (int i = 0; i < 3; i++) {
          TestCustomers.named(tag + " new " + sort + " " + page + " " + i);
        }
        for (String id : Arrays.asList(seen.get(0), seen.get(seen.size() - 1), last(unseen))) {
          if (id != null && originals.containsKey(id) && deleted.add(id)) {
            delete(id);
            unseen.remove(id);
          }
        }
        page++;
      }
      assertThat(sort + ": a row shown twice", new HashSet<>(seen).size(), is(seen.size()));
      List<String> originalsSeen = seen.stream().filter(originals::containsKey).toList();
      assertThat(sort + ": survivors never shown", unseen, is(empty()));
      Set<String> survivors = new HashSet<>(originals.keySet());
      survivors.removeAll(deleted);
      assertThat(new HashSet<>(originalsSeen).containsAll(survivors), is(true));
    }
  }

  private static Map<String, String> createOriginals(String tag) throws Exception {
    Map<String, String> originals = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<JsonObject>> created =
          IntStream.range(0, ORIGINALS)
              .mapToObj(
                  i -> pool.submit(() -> TestCustomers.named(tag + " " + String.format("%04d", i))))
              .toList();
      for (Future<JsonObject> customer : created) {
        originals.put(customer.get().getString("id"), customer.get().getString("name"));
      }
    } finally {
      pool.shutdown();
    }
    return originals;
  }

  private static String nextLink(HttpResponse<String> response, JsonObject body) {
    if (!body.getBoolean("has_more")) {
      return null;
    }
    String link = response.headers().firstValue("Link").orElseThrow();
    assertThat(link, startsWith("<"));
    String url = link.substring(1, link.indexOf('>'));
    return url.substring(url.indexOf("/api/v1/"));
  }

  private static String last(List<String> ids) {
    return ids.isEmpty() ? null : ids.get(ids.size() - 1);
  }

  private static void delete(String id) {
    HttpResponse<String> response =
        Api.send(
            "DELETE", "/api/v1/customers/" + id, BodyPublishers.noBody(), Keys.bootstrapAuth());
    assertThat(response.body(), response.statusCode(), is(200));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
