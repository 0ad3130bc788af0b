package dev.portico.webhook.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bounds of an endpoint's settings as a request sends them, checked and documented here. */
final class WebhookBounds {

  static final int URL = 2048;
  static final int DESCRIPTION = 500;
  static final int EVENT_TYPES = 64;

  /** Longer than any event type's name; a longer one is no type. */
  static final int EVENT_TYPE = 64;

  static final int STATUS = 16;

  /** The longest overlap a rotation may give the replaced secret: 7 days. */
  static final long MAX_OVERLAP_SECONDS = 604_800;

  private WebhookBounds() {}

  /** One event type of a request's list, for the document (SmallRye reads no element bound). */
  @Schema(
      name = "EventTypeName",
      type = SchemaType.STRING,
      maxLength = EVENT_TYPE,
      example = "job.completed")
  static final class EventTypeItem {
    private EventTypeItem() {}
  }
}
