package dev.portico.operator.web;

import dev.portico.account.domain.Organization;
import dev.portico.operator.OperatorService;
import dev.portico.operator.api.OrganizationListing;
import dev.portico.platform.faces.ConsolePages;
import dev.portico.platform.faces.FieldMessages;
import dev.portico.platform.faces.Notices;
import dev.portico.platform.http.IfMatch;
import dev.portico.platform.listing.ListQuery;
import dev.portico.platform.listing.ListResponses;
import dev.portico.platform.paging.CursorCodec;
import dev.portico.platform.problem.FieldError;
import dev.portico.platform.problem.ProblemException;
import dev.portico.quota.domain.Plan;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The operator's organizations page: every organization, newest first, 50 a page; with {@code
 * ?id=}, one organization and the form that moves it to another plan. Anyone else is told the page
 * is the operator's and shown nothing. View-scoped, so a postback finds the organization its form
 * was shown for.
 */
@Named
@ViewScoped
public class OrganizationsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int PAGE_SIZE = 50;

  @Inject OperatorService operator;
  @Inject CursorCodec cursors;
  @Inject Notices notices;

  private boolean allowed;
  private String id;
  private String cursor;
  private String chosenPlan;
  private List<OrganizationRow> rows = List.of();
  private OrganizationRow selected;
  private String next;

  /** Called by the page's view action, once its parameters are set. */
  public void load() {
    allowed = operator.callerIsOperator();
    if (!allowed) {
      return;
    }
    if (id != null && !id.isBlank()) {
      try {
        Organization organization = operator.organization(id.strip());
        selected = row(organization);
        chosenPlan = organization.plan();
      } catch (ProblemException notFound) {
        selected = null;
      }
      return;
    }
    ListQuery<Organization> query;
    try {
      query = query(cursor);
    } catch (ProblemException invalidCursor) {
      query = query(null);
    }
    List<Organization> page = operator.organizations(query);
    next = ListResponses.nextCursor(page, query, cursors).orElse(null);
    rows = ListResponses.shown(page, query).stream().map(this::row).toList();
  }

  public void changePlan() {
    try {
      Organization changed = operator.changePlan(id, IfMatch.ABSENT, chosenPlan);
      notices.add(changed.name() + " is now on plan " + changed.plan() + ".");
      ConsolePages.redirect(
          "/portal/organizations?id=" + URLEncoder.encode(changed.id(), StandardCharsets.UTF_8));
    } catch (ProblemException refused) {
      // The plan's error shows beside its choice; any other above the form.
      FieldMessages.show(
          refused.errors().isEmpty()
              ? List.of(new FieldError("", refused.getMessage()))
              : refused.errors(),
          "plan");
    }
  }

  private ListQuery<Organization> query(String after) {
    return ListQuery.page(OrganizationListing.SPEC, Map.of(), PAGE_SIZE, after, cursors);
  }

  private OrganizationRow row(Organization organization) {
    return new OrganizationRow(organization, operator.planOf(organization));
  }

  /** Read once when the page is shown; the service checks again on every change. */
  public boolean isAllowed() {
    return allowed;
  }

  public List<String> getPlanChoices() {
    return operator.plans().stream().map(Plan::name).toList();
  }

  public List<OrganizationRow> getRows() {
    return rows;
  }

  /** The organization asked for with {@code ?id=}, or null (none asked, or none such). */
  public OrganizationRow getSelected() {
    return selected;
  }

  public boolean isDetail() {
    return id != null && !id.isBlank();
  }

  public boolean isMore() {
    return next != null;
  }

  public String getNext() {
    return next;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getCursor() {
    return cursor;
  }

  public void setCursor(String cursor) {
    this.cursor = cursor;
  }

  public String getChosenPlan() {
    return chosenPlan;
  }

  public void setChosenPlan(String chosenPlan) {
    this.chosenPlan = chosenPlan;
  }
}
