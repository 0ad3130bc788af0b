package dev.portico.testing;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reads what a {@link BodyPublisher} sends, so the request body can be checked as it was sent. */
final class RequestBodies {

  private RequestBodies() {}

  /** The body as UTF-8 text ("" for none); a publisher can be read again, each time in full. */
  static String read(BodyPublisher publisher) {
    if (publisher.contentLength() == 0) {
      return "";
    }
    CompletableFuture<String> text = new CompletableFuture<>();
    publisher.subscribe(
        new Flow.Subscriber<ByteBuffer>() {
          private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(ByteBuffer buffer) {
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
          }

          @Override
          public void onError(Throwable failure) {
            text.completeExceptionally(failure);
          }

          @Override
          public void onComplete() {
            text.complete(bytes.toString(StandardCharsets.UTF_8));
          }
        });
    try {
      return text.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the request body could not be read back", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
