package dev.portico.account;

import dev.portico.account.FirstRun.FirstRunResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The box printed once on first run. It is the one place a secret is ever written to a log: the
 * newcomer has no other way to receive their first key.
 */
final class FirstRunBanner {

  private FirstRunBanner() {}

  static String render(FirstRunResult result, String baseUrl) {
    List<String> lines = new ArrayList<>();
    lines.add("PORTICO IS READY - first run");
    lines.add("");
    lines.add("Your test-mode API key (every scope; shown only this once):");
    lines.add("  " + result.testKey());
    lines.add("");
    lines.add("Try it:");
    lines.add(
        "  curl -H \"Authorization: Bearer "
            + result.testKey()
            + "\" "
            + baseUrl
            + "/api/v1/api-keys");
    lines.add("");
    lines.add("Organization: " + result.organizationId() + " (the operator's: it sets every plan)");
    lines.add("Portal owner: " + result.ownerEmail());
    if (result.generatedPassword() != null) {
      lines.add(
          "Password:     " + result.generatedPassword() + "  (generated; shown only this once)");
    }
    lines.add("Docs:         " + baseUrl + "/openapi/ui");
    return box(lines);
  }

  private static String box(List<String> lines) {
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    String edge = "#".repeat(width + 6);
    StringBuilder out = new StringBuilder("\n").append(edge).append('\n');
    out.append("##").append(" ".repeat(width + 2)).append("##\n");
    for (String line : lines) {
      out.append("## ").append(line).append(" ".repeat(width - line.length())).append(" ##\n");
    }
    out.append("##").append(" ".repeat(width + 2)).append("##\n");
    return out.append(edge).append('\n').toString();
  }
}
