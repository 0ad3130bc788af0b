package dev.portico.event;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.portico.apikey.domain.ApiKeyToken;
import dev.portico.platform.id.Base62;
import dev.portico.platform.id.PrefixedIds;
import dev.portico.testing.Api;
import dev.portico.testing.InContainer;
import dev.portico.testing.Keys;
import dev.portico.testing.TestTenants;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An enterprise consumer of jms/portico/events, as docs/jms-integration.md shows one: it selects by
 * type, organization and mode, and receives the events that API calls cause, as JSON.
 */
@ExtendWith(ArquillianExtension.class)
class EventTopicIT {

  private static final long RECEIVE_TIMEOUT_MS = 15_000;

  @Deployment
  static WebArchive deployment() {
    return InContainer.archive(
        "event-topic-it",
        EventTopicIT.class,
        Api.class,
        Keys.class,
        TestTenants.class,
        ApiKeyToken.class,
        Base62.class,
        PrefixedIds.class);
  }

  @Test
  void whenACustomerIsCreatedThenASubscriberSelectingItsTypeAndOrganizationReceivesTheEvent()
      throws Exception {
    String organization = TestTenants.organization("Topic subscriber");
    String key = TestTenants.key(organization, false);
    ConnectionFactory factory = InitialContext.doLookup("jms/portico/ConnectionFactory");
    Topic topic = InitialContext.doLookup("jms/portico/events");
    String selector =
        "type = 'customer.created' AND livemode = FALSE AND organization = '" + organization + "'";

    try (JMSContext context = factory.createContext();
        JMSConsumer subscriber = context.createConsumer(topic, selector)) {
      HttpResponse<String> created =
          Api.postJson("/api/v1/customers", "{\"name\":\"Published\"}", Keys.auth(key));
      assertThat(created.body(), created.statusCode(), is(201));
      String customerId = Api.json(created).getString("id");
      Api.patchJson(
          "/api/v1/customers/" + customerId, "{\"name\":\"Not selected\"}", Keys.auth(key));

      Message received = subscriber.receive(RECEIVE_TIMEOUT_MS);
      assertThat(received, notNullValue());
      JsonObject event =
          Json.createReader(new StringReader(received.getBody(String.class))).readObject();
      assertThat(event.getString("type"), is("customer.created"));
      assertThat(event.getString("api_version"), is("v1"));
      assertThat(
          event.getJsonObject("data").getJsonObject("object").getString("id"), is(customerId));
      assertThat(received.getStringProperty("organization"), is(organization));
      assertThat(received.getBooleanProperty("livemode"), is(false));
      assertThat("customer.updated is not selected", subscriber.receive(2_000), is(nullValue()));
    }
  }
}
