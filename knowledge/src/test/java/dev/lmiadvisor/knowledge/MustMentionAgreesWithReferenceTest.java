package dev.lmiadvisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A must-mention fact and the reference it stands for tell one story: the same causes in the same
 * order, resting on the same sources. A user who reads the fact and then the runbook must not be
 * sent down a different path.
 */
class MustMentionAgreesWithReferenceTest {

  private static final Pattern URL = Pattern.compile("https://[^\\s,，)）]+");

  private static final ReferenceLibrary LIBRARY = ReferenceLibrary.load();

  private static String section(Language language, String id) {
    return LIBRARY
        .get(ReferenceId.TROUBLESHOOTING, language)
        .section(id)
        .orElseThrow(() -> new AssertionError("troubleshooting has no section " + id))
        .text();
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"EN", "ZH"})
  void stuckPending_citesWhatTheQuickFactsCite(Language language) {
    String fact = MustMention.STUCK_PENDING.text(language);
    String quickFacts = section(language, "quick-facts");
    Matcher urls = URL.matcher(fact);
    int found = 0;
    while (urls.find()) {
      found++;
      String url = urls.group().replaceAll("[.。]$", "");
      assertTrue(quickFacts.contains(url), language + " quick facts cite " + url);
    }
    assertTrue(found >= 2, "the fact names its sources: " + fact);
  }

  @ParameterizedTest
  @EnumSource(
      value = Language.class,
      names = {"EN", "ZH"})
  void stuckPending_putsTheOperatorRoleBeforeTheNetworkEverywhere(Language language) {
    String[] texts = {
      MustMention.STUCK_PENDING.text(language),
      section(language, "quick-facts"),
      section(language, "symptoms-deployment"),
      section(language, "stuck-deployments"),
    };
    for (String text : texts) {
      int role = text.indexOf("AssumeRole");
      int network = text.indexOf("NAT");
      assertTrue(role >= 0 && network >= 0, "names both causes: " + text);
      assertTrue(role < network, "operator role before the network path: " + text);
    }
  }
}
