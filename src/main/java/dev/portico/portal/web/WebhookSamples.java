package dev.portico.portal.web;

import dev.portico.portal.CodeSamples;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** {@code /docs/webhooks}: the verification samples, exactly as the build tests them. */
@Named
@ApplicationScoped
public class WebhookSamples {

  public String getJava() {
    return CodeSamples.show("WebhookVerifier.java");
  }

  public String getJavaReceiver() {
    return CodeSamples.show("WebhookReceiver.java");
  }

  public String getNode() {
    return CodeSamples.show("verify-webhook.js");
  }

  public String getNodeExpress() {
    return CodeSamples.show("express-route.js");
  }

  public String getPython() {
    return CodeSamples.show("verify_webhook.py");
  }

  public String getPythonFlask() {
    return CodeSamples.show("flask_route.py");
  }

  public String getShell() {
    return CodeSamples.show("send-test-webhook.sh");
  }
}
