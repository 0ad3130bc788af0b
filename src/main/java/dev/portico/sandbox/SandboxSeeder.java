package dev.portico.sandbox;

import dev.portico.customer.CustomerService;
import dev.portico.customer.domain.Customer;
import dev.portico.customer.domain.CustomerDetails;
import dev.portico.invoice.InvoiceService;
import dev.portico.invoice.domain.Invoice;
import dev.portico.invoice.domain.InvoiceDraft;
import dev.portico.invoice.domain.InvoiceLine;
import dev.portico.job.JobService;
import dev.portico.job.domain.Job;
import dev.portico.job.domain.JobDetails;
import dev.portico.payment.PaymentService;
import dev.portico.payment.domain.Payment;
import dev.portico.payment.domain.PaymentMethod;
import dev.portico.platform.address.Address;
import dev.portico.platform.time.ModeClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills the caller's test mode with a small field-service business, made through the same services
 * as the API (so every object is valid and every event is written): {@value #CUSTOMERS} customers;
 * three jobs in each of the six job states, some of them due; invoices in every status, one of them
 * overdue and one partly paid; payments by several methods, one declined and one partly refunded.
 * Times are relative to the sandbox clock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SandboxSeeder {

  static final int CUSTOMERS = 30;
  private static final Map<String, String> SEEDED = Map.of("source", "sandbox_seed");
  private static final BigDecimal TAX_RATE = new BigDecimal("8.25");
  private static final String CURRENCY = "usd";

  @Inject CustomerService customers;
  @Inject JobService jobs;
  @Inject InvoiceService invoices;
  @Inject PaymentService payments;
  @Inject ModeClock modeClock;

  public SandboxCounts seed() {
    Instant now = modeClock.current().instant().truncatedTo(ChronoUnit.HOURS);
    LocalDate today = modeClock.today();
    List<Customer> people = new ArrayList<>();
    for (int i = 0; i < CUSTOMERS; i++) {
      people.add(customers.create(customer(i)));
    }
    int jobCount = seedJobs(people, now);
    Counter counter = new Counter();
    seedInvoices(people, today, counter);
    return new SandboxCounts(CUSTOMERS, jobCount, counter.invoices, counter.payments, 0);
  }

  private int seedJobs(List<Customer> people, Instant now) {
    int made = 0;
    for (int i = 0; i < 18; i++) {
      Customer customer = people.get(i);
      Job job = jobs.create(customer.id(), job(i, customer));
      String id = job.id();
      int state = i / 3;
      // 0 unscheduled, 1 scheduled, 2 assigned, 3 in progress, 4 completed, 5 cancelled; the
      // third of the scheduled and of the assigned ones starts an hour ago, so it is due.
      Instant start = startFor(state, i % 3, now);
      if (state >= 1 && state <= 4 || state == 5 && i % 3 == 1) {
        jobs.schedule(id, start, start.plus(Duration.ofHours(2)));
      }
      if (state >= 2 && state <= 4) {
        jobs.assign(id, TECHNICIANS.get(i % TECHNICIANS.size()));
      }
      if (state == 3 || state == 4) {
        jobs.start(id);
      }
      if (state == 4) {
        jobs.complete(id);
      }
      if (state == 5) {
        jobs.cancel(id);
      }
      made++;
    }
    return made;
  }

  private static Instant startFor(int state, int nth, Instant now) {
    return switch (state) {
      case 1, 2 -> nth == 2 ? now.minus(Duration.ofHours(1)) : now.plus(Duration.ofDays(nth + 1));
      case 3 -> now.minus(Duration.ofHours(1));
      case 4 -> now.minus(Duration.ofDays(3 + nth));
      default -> now.plus(Duration.ofDays(7));
    };
  }

  private void seedInvoices(List<Customer> people, LocalDate today, Counter counter) {
    // Drafts.
    draft(people.get(18), 1, null, counter);
    draft(people.get(19), 2, null, counter);
    // Open: due in 30 days; partly paid; overdue since 10 days; and one whose card was declined.
    invoices.send(draft(people.get(20), 3, null, counter).id());
    Invoice partly = invoices.send(draft(people.get(21), 4, null, counter).id());
    pay(partly, partly.total() / 2, PaymentMethod.BANK_TRANSFER, counter);
    invoices.send(draft(people.get(22), 5, today.minusDays(10), counter).id());
    Invoice declined = invoices.send(draft(people.get(23), 6, null, counter).id());
    pay(declined, declined.total(), PaymentMethod.TEST_CARD_DECLINED, counter);
    // Paid: by card, partly refunded; in two parts; by check.
    Invoice byCard = invoices.send(draft(people.get(24), 7, null, counter).id());
    Payment card = pay(byCard, byCard.total(), PaymentMethod.CARD, counter);
    payments.refund(card.id(), card.amount() / 4);
    Invoice twoParts = invoices.send(draft(people.get(25), 8, null, counter).id());
    long first = twoParts.total() / 3;
    pay(twoParts, first, PaymentMethod.CASH, counter);
    pay(twoParts, twoParts.total() - first, PaymentMethod.CARD, counter);
    Invoice byCheck = invoices.send(draft(people.get(26), 9, null, counter).id());
    pay(byCheck, byCheck.total(), PaymentMethod.CHECK, counter);
    // Void.
    invoices.voidInvoice(invoices.send(draft(people.get(27), 10, null, counter).id()).id());
    invoices.voidInvoice(invoices.send(draft(people.get(28), 11, null, counter).id()).id());
  }

  private Invoice draft(Customer customer, int n, LocalDate dueDate, Counter counter) {
    List<InvoiceLine> lines = new ArrayList<>();
    lines.add(new InvoiceLine("Call-out and first hour", 1, 9500));
    lines.add(new InvoiceLine("Additional labour (hour)", n % 3 + 1, 7500));
    lines.add(new InvoiceLine(PARTS.get(n % PARTS.size()), n % 2 + 1, 1250 + 600L * n));
    counter.invoices++;
    return invoices.create(
        customer.id(), null, new InvoiceDraft(lines, TAX_RATE, CURRENCY, dueDate, SEEDED));
  }

  private Payment pay(Invoice invoice, long amount, PaymentMethod method, Counter counter) {
    counter.payments++;
    return payments.create(invoice.id(), amount, invoice.currency(), method);
  }

  private static CustomerDetails customer(int i) {
    String name = CUSTOMER_NAMES.get(i);
    String city = CITIES.get(i % CITIES.size());
    String local = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".").replaceAll("\\.$", "");
    return new CustomerDetails(
        name,
        local + "@example.com",
        String.format(Locale.ROOT, "+1 555 01%02d", i),
        new Address(
            (100 + 7 * i) + " " + STREETS.get(i % STREETS.size()),
            null,
            city,
            "CA",
            String.format(Locale.ROOT, "94%03d", 100 + i),
            "US"),
        SEEDED);
  }

  private static JobDetails job(int i, Customer customer) {
    String title = JOB_TITLES.get(i % JOB_TITLES.size());
    Address at = customer.address();
    return new JobDetails(
        title,
        title + " for " + customer.name() + ".",
        new Address(at.line1(), at.line2(), at.city(), at.state(), at.postalCode(), at.country()),
        SEEDED);
  }

  private static final class Counter {
    int invoices;
    int payments;
  }

  private static final List<String> CUSTOMER_NAMES =
      List.of(
          "Ada Lovelace",
          "Alan Turing",
          "Grace Hopper",
          "Katherine Johnson",
          "Edsger Dijkstra",
          "Barbara Liskov",
          "Donald Knuth",
          "Margaret Hamilton",
          "Dennis Ritchie",
          "Frances Allen",
          "Ken Thompson",
          "Radia Perlman",
          "Tim Berners-Lee",
          "Hedy Lamarr",
          "John Backus",
          "Annie Easley",
          "Niklaus Wirth",
          "Jean Sammet",
          "Leslie Lamport",
          "Adele Goldberg",
          "Sunrise Bakery",
          "Harbor View Dental",
          "Oak Street Apartments",
          "Bay Fitness Studio",
          "Golden Gate Florist",
          "Mission Coffee Roasters",
          "Pacific Vet Clinic",
          "Redwood Primary School",
          "Lakeside Laundromat",
          "Hilltop Hardware");

  private static final List<String> CITIES =
      List.of("San Francisco", "Oakland", "Berkeley", "San Jose", "Palo Alto", "Sausalito");

  private static final List<String> STREETS =
      List.of("Market Street", "Valencia Street", "Broadway", "Telegraph Avenue", "Oak Street");

  private static final List<String> JOB_TITLES =
      List.of(
          "Boiler service",
          "Replace water heater",
          "Air-conditioning tune-up",
          "Fix leaking tap",
          "Install smart thermostat",
          "Unblock kitchen drain",
          "Annual fire alarm test",
          "Repair garage door opener",
          "Replace circuit breaker");

  private static final List<String> TECHNICIANS =
      List.of("Maria Garcia", "James Chen", "Priya Patel", "Tom Okafor");

  private static final List<String> PARTS =
      List.of("Thermostat", "Pressure valve", "Copper fittings", "Circuit breaker", "Filter set");
}
